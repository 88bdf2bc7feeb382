package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.subnetstorage.auth.domain.quota.DailyQuotas;

/** DAILY_LIMIT_PER_MINER, DAILY_LIMIT_PER_VALIDATOR and TOTAL_DAILY_LIMIT; UTC-day windows. */
@ConfigurationProperties("ssa.limits")
public class LimitsConfig {

    private String perMiner;
    private String perValidator;
    private String total;

    public DailyQuotas quotas() {
        return new DailyQuotas(
                ConfigValues.integer("DAILY_LIMIT_PER_MINER", perMiner, (int) DailyQuotas.DEFAULTS.perMiner(), 1, Integer.MAX_VALUE),
                ConfigValues.integer("DAILY_LIMIT_PER_VALIDATOR", perValidator, (int) DailyQuotas.DEFAULTS.perValidator(), 1, Integer.MAX_VALUE),
                ConfigValues.integer("TOTAL_DAILY_LIMIT", total, (int) DailyQuotas.DEFAULTS.global(), 1, Integer.MAX_VALUE));
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
