package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.mirror.FailureReason;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Runs a store call on one side of a copy and turns its failure into a {@link CopyFailure} that says which side
 * failed: a source that cannot be read fails the object; a mirror that cannot be written pauses the mirror.
 */
enum StoreSide {
    SOURCE,
    MIRROR;

    <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (DependencyUnavailable | UncheckedIOException e) {
            throw unavailable(what, e);
        } catch (StoreRefused refused) {
            throw refused(what, refused);
        }
    }

    CopyFailure unavailable(String what, RuntimeException e) {
        return this == SOURCE
                ? new CopyFailure(FailureReason.SOURCE_UNAVAILABLE, false, what + " on the source: " + e.getMessage(), e)
                : new CopyFailure(FailureReason.MIRROR_UNAVAILABLE, true, what + " on the mirror: " + e.getMessage(), e);
    }

    CopyFailure refused(String what, StoreRefused refused) {
        String message = what + " refused by the " + name().toLowerCase(java.util.Locale.ROOT) + ": " + refused.code() + " "
                + refused.getMessage();
        if (this == SOURCE) {
            return new CopyFailure(FailureReason.OTHER, false, message, refused);
        }
        return switch (refused.reason()) {
            case NO_CREDIT -> new CopyFailure(FailureReason.NO_CREDIT, true, message, refused);
            case ACCESS_DENIED -> new CopyFailure(FailureReason.ACCESS_DENIED, true, message, refused);
            default -> new CopyFailure(FailureReason.REFUSED, false, message, refused);
        };
    }
}
