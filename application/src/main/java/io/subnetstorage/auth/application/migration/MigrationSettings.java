package io.subnetstorage.auth.application.migration;

/**
 * MULTIPART_THRESHOLD (how the destination's adapter splits writes, so the ETag to expect can be computed) and
 * MIGRATION_MAX_REQUESTS_PER_MINUTE (store requests a minute, per instance, across its migrations).
 */
public record MigrationSettings(long multipartThreshold, int maxRequestsPerMinute) {

    public static final int DEFAULT_MAX_REQUESTS_PER_MINUTE = 600;

    public MigrationSettings {
        if (multipartThreshold < 1 || maxRequestsPerMinute < 1) {
            throw new IllegalArgumentException("a threshold of at least one byte and at least one request a minute");
        }
    }
}
