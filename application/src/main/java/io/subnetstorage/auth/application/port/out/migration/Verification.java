package io.subnetstorage.auth.application.port.out.migration;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a copy is shown to be the source's bytes (SPEC §11): {@code etag} asks the destination afresh for its ETag and
 * compares it with the MD5 (or multipart ETag) computed from the source stream; {@code download} reads the
 * destination's object back and compares its SHA-256 with the one computed from the source stream.
 */
public enum Verification {
    ETAG,
    DOWNLOAD;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Verification> byLabel(String label) {
        return Arrays.stream(values()).filter(mode -> mode.label().equals(label)).findFirst();
    }
}
