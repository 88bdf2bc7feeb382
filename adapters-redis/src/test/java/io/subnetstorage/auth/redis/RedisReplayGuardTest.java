package io.subnetstorage.auth.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.domain.quota.DailyQuotas;
import io.subnetstorage.auth.domain.replay.Nonce;
import io.subnetstorage.auth.domain.replay.ReplayKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisReplayGuardTest {

    private final String prefix = TestRedis.uniquePrefix();
    private final Nonce nonce = new Nonce(UUID.randomUUID().toString());
    private final ReplayKey key = ReplayKey.ofNonce(TestRedis.hotkey(3), nonce);
    private final Instant keepUntil = Instant.now().plus(Duration.ofMinutes(5));

    @BeforeAll
    static void requireRedis() {
        TestRedis.requireShared();
    }

    @Test
    void aKeyIsClaimedOnceAcrossInstancesAndRestarts() {
        try (RedisStores first = connect(); RedisStores second = connect()) {
            assertTrue(first.replayGuard().claim(key, keepUntil));
            assertFalse(first.replayGuard().claim(key, keepUntil));
            assertFalse(second.replayGuard().claim(key, keepUntil));
        }
        try (RedisStores restarted = connect()) {
            assertFalse(restarted.replayGuard().claim(key, keepUntil));
            ReplayKey other = new ReplayKey(key.value() + "0");
            assertTrue(restarted.replayGuard().claim(other, keepUntil));
        }
    }

    @Test
    void ofConcurrentClaimsExactlyOneWins() throws Exception {
        try (RedisStores stores = connect()) {
            List<Boolean> wins = Concurrently.run(100, n -> stores.replayGuard().claim(key, keepUntil));
            assertEquals(1, wins.stream().filter(Boolean::booleanValue).count());
        }
    }

    @Test
    void theNonceKeyIsKeptUntilKeepUntilPlusAMargin() {
        try (RedisStores stores = connect()) {
            stores.replayGuard().claim(key, keepUntil);
        }
        long expected = Duration.between(Instant.now(), keepUntil.plus(RedisReplayGuard.KEEP_MARGIN)).toMillis();
        long ttl;
        try (TestRedis probe = TestRedis.shared()) {
            ttl = probe.commands().pttl(prefix + "nonce:" + TestRedis.hotkey(3).value() + ":" + nonce.value());
        }
        assertTrue(ttl <= expected + 1_000 && ttl > expected - 5_000, "kept " + ttl + " ms, expected " + expected);
    }

    private RedisStores connect() {
        return RedisStores.connect(TestRedis.settings(TestRedis.sharedUrl(), DailyQuotas.DEFAULTS, prefix));
    }
}
