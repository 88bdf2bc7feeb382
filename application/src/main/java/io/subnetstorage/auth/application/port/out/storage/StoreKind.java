package io.subnetstorage.auth.application.port.out.storage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of store a deployment may configure, one of each at most; a store is named by its kind
 * (SPEC §7), in configuration, grants, metrics and a validator's {@code store} field.
 */
public enum StoreKind {
    /** AWS S3 or any S3-compatible store with POST policies; embedded when nothing real is configured. */
    S3,
    /** Hippius's S3 gateway: presigned PUT only (SPEC §8). */
    HIPPIUS,
    /** A mirror only (SPEC §10): never an upload or read store. */
    HUGGINGFACE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StoreKind> byLabel(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label().equals(label)).findFirst();
    }
}
