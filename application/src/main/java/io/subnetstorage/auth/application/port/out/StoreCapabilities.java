package io.subnetstorage.auth.application.port.out;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What a backend supports, declared up front and checked by the storage contract kit. */
public record StoreCapabilities(Set<UploadMethod> uploadMethods, boolean list, Duration maxPresignLifetime) {

    public StoreCapabilities {
        Objects.requireNonNull(maxPresignLifetime, "maxPresignLifetime");
        if (uploadMethods == null || uploadMethods.isEmpty()) {
            throw new IllegalArgumentException("a store accepts uploads one way or another");
        }
        uploadMethods = Set.copyOf(EnumSet.copyOf(uploadMethods));
    }

    public boolean supports(UploadMethod method) {
        return uploadMethods.contains(method);
    }

    /** A requested lifetime, shortened to what the backend can sign. */
    public Duration cap(Duration requested) {
        return requested.compareTo(maxPresignLifetime) > 0 ? maxPresignLifetime : requested;
    }
}
