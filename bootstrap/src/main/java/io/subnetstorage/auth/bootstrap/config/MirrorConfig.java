package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * MIRROR_SCAN_INTERVAL: how often every miner's folder on every source is listed in full and compared with the
 * mirror ledger (SPEC §10). Seconds or a duration, as METAGRAPH_SYNC_INTERVAL; only used with MIRROR_STORES.
 */
@ConfigurationProperties("ssa.mirror")
public class MirrorConfig implements ValidatedAtStart {

    public static final Duration DEFAULT_SCAN_INTERVAL = Duration.ofMinutes(10);

    private String scanInterval;

    /** 10 minutes by default; 1 s (tests, benchmarks) to 7 days. */
    public Duration scanInterval() {
        Duration interval = ConfigValues.duration("MIRROR_SCAN_INTERVAL", scanInterval, DEFAULT_SCAN_INTERVAL);
        if (interval.compareTo(Duration.ofSeconds(1)) < 0 || interval.compareTo(Duration.ofDays(7)) > 0) {
            throw ConfigValues.invalid("MIRROR_SCAN_INTERVAL", scanInterval, "between 1s and 7d");
        }
        return interval;
    }

    @Override
    public void validate() {
        scanInterval();
    }

    public void setScanInterval(String scanInterval) {
        this.scanInterval = scanInterval;
    }
}
