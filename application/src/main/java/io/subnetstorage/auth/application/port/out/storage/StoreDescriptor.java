package io.subnetstorage.auth.application.port.out.storage;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * What a store is: its kind (which is also its name), the region its URLs are signed for, the key that
 * signs them, the longest a presigned URL of it may live, and the endpoint clients reach it at. What it can do is its capabilities, on
 * {@link ObjectStore}.
 */
public record StoreDescriptor(StoreKind kind, String region, SigningKey signingKey, Duration maxPresignLifetime, URI endpoint) {

    public StoreDescriptor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(signingKey, "signingKey");
        Objects.requireNonNull(maxPresignLifetime, "maxPresignLifetime");
        Objects.requireNonNull(endpoint, "endpoint");
        if (maxPresignLifetime.isNegative() || maxPresignLifetime.isZero()) {
            throw new IllegalArgumentException("a store signs URLs for some time");
        }
    }

    public String name() {
        return kind.label();
    }

    /** A requested lifetime, shortened to what the store can sign. */
    public Duration cap(Duration requested) {
        return requested.compareTo(maxPresignLifetime) > 0 ? maxPresignLifetime : requested;
    }
}
