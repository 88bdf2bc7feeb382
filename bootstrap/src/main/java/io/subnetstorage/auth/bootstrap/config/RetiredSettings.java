package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;

/**
 * Variables this product no longer reads. Setting one stops the start, with the reason, rather than being silently
 * ignored: an operator who set it expects a behaviour the service will not give.
 */
@ConfigurationProperties("ssa.retired")
public class RetiredSettings implements ValidatedAtStart {

    private String quotasFailOpen;

    /**
     * QUOTAS_FAIL_OPEN let grants through uncounted while Redis was down. It never could: the replay keys live in the
     * same Redis, and replay protection must never fail open, so every signed request is refused (503) anyway.
     */
    @Override
    public void validate() {
        if (ConfigValues.text(quotasFailOpen).isPresent()) {
            throw new ConfigurationException("Invalid configuration: QUOTAS_FAIL_OPEN is no longer supported; unset it. "
                    + "Replay protection shares the quota store (Redis) and must never fail open, so while Redis is down "
                    + "every signed request is refused with 503");
        }
    }

    public void setQuotasFailOpen(String quotasFailOpen) {
        this.quotasFailOpen = quotasFailOpen;
    }
}
