package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * MINER_RETENTION and DELETE_DATA_ON_CLEANUP: how long a deregistered or departed miner's registration (and
 * data) is kept before the cleanup job archives it, and whether the data goes with it (SPEC §8).
 */
@ConfigurationProperties("ssa.registration")
public class RegistrationConfig implements ValidatedAtStart {

    private String retention;
    private String deleteDataOnCleanup;

    /** 30 days by default; at least an hour, so that a metagraph glitch can be noticed before anything happens. */
    public Duration retention() {
        Duration value = ConfigValues.duration("MINER_RETENTION", retention, Duration.ofDays(30));
        if (value.compareTo(Duration.ofHours(1)) < 0 || value.compareTo(Duration.ofDays(3650)) > 0) {
            throw ConfigValues.invalid("MINER_RETENTION", retention, "between 1h and 3650d");
        }
        return value;
    }

    /** Off by default: archiving a registration never deletes data unless the operator asks for it. */
    public boolean deleteDataOnCleanup() {
        return ConfigValues.flag("DELETE_DATA_ON_CLEANUP", deleteDataOnCleanup, false);
    }

    @Override
    public void validate() {
        retention();
        deleteDataOnCleanup();
    }

    public void setRetention(String retention) {
        this.retention = retention;
    }

    public void setDeleteDataOnCleanup(String deleteDataOnCleanup) {
        this.deleteDataOnCleanup = deleteDataOnCleanup;
    }
}
