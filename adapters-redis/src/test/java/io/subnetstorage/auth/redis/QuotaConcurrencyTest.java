package io.subnetstorage.auth.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import io.subnetstorage.auth.domain.quota.UtcDay;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuotaConcurrencyTest {

    private final String prefix = TestRedis.uniquePrefix();
    private final Instant now = Instant.now();

    @BeforeAll
    static void requireRedis() {
        TestRedis.requireShared();
    }

    @Test
    void exactlyTheMinerLimitPassesOutOfTwoHundredConcurrentCalls() throws Exception {
        Hotkey miner = TestRedis.hotkey(1);
        DailyQuotas quotas = new DailyQuotas(20, 10_000, 200_000, 2_000, 200_000);
        try (RedisStores stores = connect(); TestRedis probe = TestRedis.shared()) {
            List<QuotaOutcome> outcomes =
                    Concurrently.run(200, n -> TestRedis.grant(stores, quotas, Role.MINER, miner, now));

            Map<Decision, Long> tally = tally(outcomes);
            assertEquals(20, tally.get(Decision.allow()));
            assertEquals(180, tally.get(Decision.deny(ReasonCode.DAILY_QUOTA_EXCEEDED)));
            // Refusals are not charged: the counters stop at the limit.
            UtcDay day = UtcDay.containing(now);
            assertEquals("20", probe.commands().get(prefix + "quota:miner:" + miner.value() + ":" + day.label()));
            assertEquals(20, stores.quotaLimiter().globalUsage(now));
        }
    }

    @Test
    void exactlyTheGlobalLimitPassesAcrossManyHotkeys() throws Exception {
        DailyQuotas quotas = new DailyQuotas(1_000, 1_000, 20, 1_000, 1_000);
        try (RedisStores stores = connect()) {
            List<QuotaOutcome> outcomes = Concurrently.run(200,
                    n -> TestRedis.grant(stores, quotas, n % 2 == 0 ? Role.MINER : Role.VALIDATOR, TestRedis.hotkey(n % 10), now));

            Map<Decision, Long> tally = tally(outcomes);
            assertEquals(20, tally.get(Decision.allow()));
            assertEquals(180, tally.get(Decision.deny(ReasonCode.GLOBAL_QUOTA_EXCEEDED)));
            assertEquals(20, stores.quotaLimiter().globalUsage(now));
        }
    }

    private RedisStores connect() {
        return RedisStores.connect(TestRedis.settings(TestRedis.sharedUrl(), prefix));
    }

    private static Map<Decision, Long> tally(List<QuotaOutcome> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy(QuotaOutcome::decision, Collectors.counting()));
    }
}
