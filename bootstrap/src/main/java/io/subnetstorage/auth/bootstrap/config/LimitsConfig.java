package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import java.time.Duration;

/** DAILY_LIMIT_PER_MINER, DAILY_LIMIT_PER_VALIDATOR and TOTAL_DAILY_LIMIT (UTC-day windows), and MAX_GRANT_LIFETIME. */
@ConfigurationProperties("ssa.limits")
public class LimitsConfig implements ValidatedAtStart {

    static final Duration LONGEST_GRANT = Duration.ofDays(7);

    private String perMiner;
    private String perValidator;
    private String total;
    private String maxGrantLifetime;

    /**
     * The longest any grant may live, 1 minute to 7 days. A store cannot revoke a presigned URL, so this is how long a
     * revoked hotkey may keep using what it already holds. Default 7 days, the most SigV4 can sign, as deployed.
     */
    public Duration maxGrantLifetime() {
        return ConfigValues.duration("MAX_GRANT_LIFETIME", maxGrantLifetime, LONGEST_GRANT, Duration.ofMinutes(1),
                LONGEST_GRANT, "a duration from 1m to 7d");
    }

    public DailyQuotas quotas() {
        return new DailyQuotas(
                ConfigValues.integer("DAILY_LIMIT_PER_MINER", perMiner, (int) DailyQuotas.DEFAULTS.perMiner(), 1, Integer.MAX_VALUE),
                ConfigValues.integer("DAILY_LIMIT_PER_VALIDATOR", perValidator, (int) DailyQuotas.DEFAULTS.perValidator(), 1, Integer.MAX_VALUE),
                ConfigValues.integer("TOTAL_DAILY_LIMIT", total, (int) DailyQuotas.DEFAULTS.global(), 1, Integer.MAX_VALUE));
    }

    @Override
    public void validate() {
        quotas();
        maxGrantLifetime();
    }

    public void setMaxGrantLifetime(String maxGrantLifetime) {
        this.maxGrantLifetime = maxGrantLifetime;
    }

    public void setPerMiner(String perMiner) {
        this.perMiner = perMiner;
    }

    public void setPerValidator(String perValidator) {
        this.perValidator = perValidator;
    }

    public void setTotal(String total) {
        this.total = total;
    }
}
