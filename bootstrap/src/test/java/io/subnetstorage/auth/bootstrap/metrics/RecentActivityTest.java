package io.subnetstorage.auth.bootstrap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.subnetstorage.auth.application.service.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts land in the 5-minute bucket of their time, the hour rolls forward, and older counts are gone. */
class RecentActivityTest {

    @Test
    void countsAreBucketedByFiveMinutesOverTheLastHour() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:02:00Z"));
        RecentActivity activity = new RecentActivity(clock);
        activity.granted("miner");
        activity.refused("SIGNATURE_INVALID");
        clock.advance(Duration.ofMinutes(5));
        activity.granted("miner");
        activity.granted("validator");

        List<RecentActivity.Bucket> hour = activity.lastHour();
        assertEquals(12, hour.size());
        assertEquals(Instant.parse("2026-11-30T10:05:00Z"), hour.get(11).start());
        assertEquals(Map.of("miner", 1L, "validator", 1L), hour.get(11).grants());
        assertEquals(Map.of("miner", 1L), hour.get(10).grants());
        assertEquals(Map.of("SIGNATURE_INVALID", 1L), hour.get(10).refusals());
        assertEquals(Map.of(), hour.get(9).grants());

        clock.advance(Duration.ofMinutes(60));
        activity.refused("REPLAYED");
        List<RecentActivity.Bucket> later = activity.lastHour();
        assertEquals(Map.of("REPLAYED", 1L), later.get(11).refusals());
        assertEquals(0, later.stream().mapToLong(bucket -> bucket.grants().size()).sum(), "an hour later, nothing older is shown");
    }
}
