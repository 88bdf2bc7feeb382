package io.subnetstorage.auth.s3;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one bucket. {@code endpoint} empty means AWS; {@code publicEndpoint} is the host
 * clients use when it differs from the one the service reaches, and SigV4 signs the Host, so
 * presigned URLs must be built against it.
 */
public record S3StoreSettings(
        Optional<URI> endpoint,
        Optional<URI> publicEndpoint,
        String region,
        String bucket,
        String accessKeyId,
        String secretAccessKey,
        boolean pathStyle,
        long multipartThreshold) {

    /** Parts of the service's own large writes: S3 needs at least 5 MiB for every part but the last. */
    public static final long DEFAULT_MULTIPART_THRESHOLD = 64L * 1024 * 1024;

    public S3StoreSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(publicEndpoint, "publicEndpoint");
        requireText(region, "region");
        requireText(bucket, "bucket");
        requireText(accessKeyId, "accessKeyId");
        requireText(secretAccessKey, "secretAccessKey");
        if (multipartThreshold < 5L * 1024 * 1024) {
            throw new IllegalArgumentException("S3 multipart parts are at least 5 MiB");
        }
    }

    public S3StoreSettings(Optional<URI> endpoint, Optional<URI> publicEndpoint, String region, String bucket, String accessKeyId,
            String secretAccessKey, boolean pathStyle) {
        this(endpoint, publicEndpoint, region, bucket, accessKeyId, secretAccessKey, pathStyle, DEFAULT_MULTIPART_THRESHOLD);
    }

    /** Whether the store is AWS itself, which decides the URL shape clients get. */
    public boolean isAws() {
        return endpoint.isEmpty() && publicEndpoint.isEmpty();
    }

    /** The endpoint presigned URLs name: the public one when set, else the one the service uses. */
    Optional<URI> clientEndpoint() {
        return publicEndpoint.or(() -> endpoint);
    }

    @Override
    public String toString() {
        // Never print the secret: settings end up in startup logs.
        return "S3StoreSettings[endpoint=" + endpoint + ", publicEndpoint=" + publicEndpoint + ", region=" + region
                + ", bucket=" + bucket + ", accessKeyId=" + accessKeyId + ", pathStyle=" + pathStyle + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
