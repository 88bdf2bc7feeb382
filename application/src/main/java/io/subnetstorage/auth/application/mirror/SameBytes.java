package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether the mirror already holds the source's bytes under a key. Sizes must match; equal ETags settle it
 * without reading anything. ETags of other forms (one store wrote parts, the other did not, or parts of
 * another size) cannot tell: then both objects are read and their SHA-256 compared, which is rare and costly.
 */
public final class SameBytes {

    /** The answer, with the SHA-256 of the bytes when they had to be read. */
    public record Comparison(boolean same, Optional<String> sha256) {
    }

    private SameBytes() {
    }

    static Comparison compare(ObjectInfo source, ObjectInfo mirror, Supplier<InputStream> readSource, Supplier<InputStream> readMirror) {
        if (source.size() != mirror.size()) {
            return new Comparison(false, Optional.empty());
        }
        if (source.etag().equals(mirror.etag())) {
            return new Comparison(true, Optional.empty());
        }
        String mirrorSha = sha256(readMirror, StoreSide.MIRROR);
        String sourceSha = sha256(readSource, StoreSide.SOURCE);
        return new Comparison(sourceSha.equals(mirrorSha), Optional.of(sourceSha));
    }

    private static String sha256(Supplier<InputStream> open, StoreSide side) {
        try (InputStream in = side.call("GET", open); Hashing hashing = new Hashing(in, Long.MAX_VALUE)) {
            hashing.transferTo(java.io.OutputStream.nullOutputStream());
            return hashing.digest().sha256Hex();
        } catch (IOException e) {
            throw side.unavailable("GET", new UncheckedIOException(e));
        }
    }
}
