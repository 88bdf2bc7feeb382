package io.subnetstorage.auth.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lettuce.core.api.sync.RedisCommands;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import io.subnetstorage.auth.domain.quota.QuotaCounter;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import java.util.Optional;
import io.subnetstorage.auth.domain.quota.UtcDay;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisQuotaLimiterTest {

    private static final Instant LAST_SECOND = Instant.parse("2026-11-23T23:59:59Z");
    private static final Instant NEXT_DAY = Instant.parse("2026-11-24T00:00:00Z");

    private static final DailyQuotas QUOTAS = new DailyQuotas(2, 3, 100, 10, 10);
    private final String prefix = TestRedis.uniquePrefix();
    private final Hotkey hotkey = TestRedis.hotkey(7);
    private TestRedis probe;
    private RedisStores stores;

    @BeforeEach
    void connect() {
        probe = TestRedis.shared();
        stores = RedisStores.connect(TestRedis.settings(TestRedis.sharedUrl(), prefix));
    }

    @AfterEach
    void close() {
        stores.close();
        probe.close();
    }

    @Test
    void minersAndValidatorsWithOneHotkeyAreCountedApart() {
        assertTrue(consume(Role.MINER, LAST_SECOND).decision().allowed());
        assertTrue(consume(Role.MINER, LAST_SECOND).decision().allowed());
        QuotaOutcome third = consume(Role.MINER, LAST_SECOND);

        assertEquals(ReasonCode.DAILY_QUOTA_EXCEEDED, third.decision().reason().orElseThrow());
        assertEquals(2, third.limit());
        assertTrue(consume(Role.VALIDATOR, LAST_SECOND).decision().allowed());
    }

    @Test
    void theWindowIsTheUtcDay() {
        consume(Role.MINER, LAST_SECOND);
        QuotaOutcome second = consume(Role.MINER, LAST_SECOND);
        assertEquals(NEXT_DAY, second.resetsAt());

        QuotaOutcome nextDay = consume(Role.MINER, NEXT_DAY);
        assertTrue(nextDay.decision().allowed());
        assertEquals(Instant.parse("2026-11-25T00:00:00Z"), nextDay.resetsAt());
        assertEquals(2, stores.quotaLimiter().globalUsage(LAST_SECOND));
        assertEquals(1, stores.quotaLimiter().globalUsage(NEXT_DAY));
    }

    @Test
    void countersExpireAtTheEndOfTheirUtcDay() {
        Instant now = Instant.now();
        consume(Role.VALIDATOR, now);

        UtcDay day = UtcDay.containing(now);
        long expected = Duration.between(now, day.end().plus(ChargeLayout.EXPIRY_MARGIN)).toMillis();
        RedisCommands<String, String> redis = probe.commands();
        for (String key : new String[] {prefix + "quota:validator:" + hotkey.value() + ":" + day.label(),
                prefix + "quota:global:" + day.label()}) {
            long ttl = redis.pttl(key);
            assertTrue(ttl <= expected && ttl > expected - 5_000, key + " expires in " + ttl + " ms, not " + expected);
        }
    }

    @Test
    void aGlobalRefusalChargesNeitherCounter() {
        try (RedisStores tight = RedisStores.connect(
                TestRedis.settings(TestRedis.sharedUrl(), prefix + "tight:"))) {
            DailyQuotas oneADay = new DailyQuotas(5, 5, 1, 5, 5);
            assertTrue(TestRedis.grant(tight, oneADay, Role.MINER, TestRedis.hotkey(1), LAST_SECOND).decision().allowed());
            QuotaOutcome refused = TestRedis.grant(tight, oneADay, Role.MINER, hotkey, LAST_SECOND);

            assertEquals(ReasonCode.GLOBAL_QUOTA_EXCEEDED, refused.decision().reason().orElseThrow());
            assertEquals(1, refused.limit());
            assertEquals(1, tight.quotaLimiter().globalUsage(LAST_SECOND));
            assertEquals(0, probe.commands().exists(prefix + "tight:quota:miner:" + hotkey.value() + ":20261123"));
        }
    }

    /** SPEC §5: a batch that would pass a limit is refused whole, and charges nothing. */
    @Test
    void aBatchOverItsLimitIsRefusedWholeAndChargesNothing() {
        Hotkey miner = TestRedis.hotkey(11);
        assertTrue(stores.quotaLimiter().consume(QUOTAS.folderGrant(miner, 8), LAST_SECOND).decision().allowed());
        QuotaOutcome refused = stores.quotaLimiter().consume(QUOTAS.folderGrant(miner, 3), LAST_SECOND);
        assertEquals(10, refused.limit(), "the file budget refused");
        assertEquals(8, stores.quotaLimiter().usage(QuotaCounter.MINER_FILES, Optional.of(miner), LAST_SECOND));
        assertEquals(1, stores.quotaLimiter().usage(QuotaCounter.MINER_GRANTS, Optional.of(miner), LAST_SECOND));
        assertEquals(1, stores.quotaLimiter().globalUsage(LAST_SECOND));
        assertTrue(stores.quotaLimiter().consume(QUOTAS.folderGrant(miner, 2), LAST_SECOND).decision().allowed());
    }

    @Test
    void reachableWhileRedisAnswers() {
        assertTrue(stores.reachable());
        assertTrue(stores.quotaLimiter().reachable());
    }

    private QuotaOutcome consume(Role role, Instant now) {
        return TestRedis.grant(stores, QUOTAS, role, hotkey, now);
    }
}
