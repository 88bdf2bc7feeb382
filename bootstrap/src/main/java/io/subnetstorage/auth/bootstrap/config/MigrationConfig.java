package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * MIGRATION_MAX_REQUESTS_PER_MINUTE: store requests a minute that one instance's migrations may make, together
 * (SPEC §11), so a migration never crowds out the live service on the same stores. 600 by default.
 */
@ConfigurationProperties("ssa.migration")
public class MigrationConfig implements ValidatedAtStart {

    public static final int DEFAULT_MAX_REQUESTS_PER_MINUTE = 600;

    private String maxRequestsPerMinute;

    /** 1 to 1,000,000. */
    public int maxRequestsPerMinute() {
        return ConfigValues.integer("MIGRATION_MAX_REQUESTS_PER_MINUTE", maxRequestsPerMinute, DEFAULT_MAX_REQUESTS_PER_MINUTE, 1, 1_000_000);
    }

    @Override
    public void validate() {
        maxRequestsPerMinute();
    }

    public void setMaxRequestsPerMinute(String maxRequestsPerMinute) {
        this.maxRequestsPerMinute = maxRequestsPerMinute;
    }
}
