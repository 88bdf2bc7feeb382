package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import java.time.Duration;

/**
 * DAILY_LIMIT_PER_MINER, DAILY_LIMIT_PER_VALIDATOR, TOTAL_DAILY_LIMIT, DAILY_LIST_PAGES_PER_VALIDATOR (UTC-day
 * windows), MAX_GRANT_LIFETIME and MAX_JOB_FOLDERS_PER_MINER.
 */
@ConfigurationProperties("ssa.limits")
public class LimitsConfig implements ValidatedAtStart {

    static final Duration LONGEST_GRANT = Duration.ofDays(7);

    private String perMiner;
    private String perValidator;
    private String total;
    private String maxGrantLifetime;
    private String listPagesPerValidator;
    private String filesPerMiner;
    private String maxJobFoldersPerMiner;

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
                ConfigValues.integer("TOTAL_DAILY_LIMIT", total, (int) DailyQuotas.DEFAULTS.global(), 1, Integer.MAX_VALUE),
                ConfigValues.integer("DAILY_FILE_LIMIT_PER_MINER", filesPerMiner, (int) DailyQuotas.DEFAULTS.filesPerMiner(), 1,
                        Integer.MAX_VALUE),
                ConfigValues.integer("DAILY_LIST_PAGES_PER_VALIDATOR", listPagesPerValidator,
                        (int) DailyQuotas.DEFAULTS.listPagesPerValidator(), 1, Integer.MAX_VALUE));
    }

    /** How many job folders of one miner {@code /get-folder-presigned-urls} lists; one miner must not slow every validator. */
    public int maxJobFoldersPerMiner() {
        return ConfigValues.integer("MAX_JOB_FOLDERS_PER_MINER", maxJobFoldersPerMiner, 1000, 1, 100_000);
    }

    public void setFilesPerMiner(String filesPerMiner) {
        this.filesPerMiner = filesPerMiner;
    }

    public void setListPagesPerValidator(String listPagesPerValidator) {
        this.listPagesPerValidator = listPagesPerValidator;
    }

    public void setMaxJobFoldersPerMiner(String maxJobFoldersPerMiner) {
        this.maxJobFoldersPerMiner = maxJobFoldersPerMiner;
    }

    @Override
    public void validate() {
        quotas();
        maxGrantLifetime();
        maxJobFoldersPerMiner();
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
