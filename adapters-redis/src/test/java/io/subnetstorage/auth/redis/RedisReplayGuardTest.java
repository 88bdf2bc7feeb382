package io.subnetstorage.auth.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.domain.replay.Nonce;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import io.subnetstorage.auth.domain.replay.ReplayKey;
import io.subnetstorage.auth.domain.replay.ReplayVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisReplayGuardTest {

    private final String prefix = TestRedis.uniquePrefix();
    private final Nonce nonce = new Nonce(UUID.randomUUID().toString());
    private final ReplayKey key = ReplayKey.ofHeaderNonce(TestRedis.hotkey(3), nonce);
    private final Instant keepUntil = Instant.now().plus(Duration.ofMinutes(5));

    @BeforeAll
    static void requireRedis() {
        TestRedis.requireShared();
    }

    @Test
    void aKeyIsClaimedOnceAcrossInstancesAndRestarts() {
        try (RedisStores first = connect(); RedisStores second = connect()) {
            assertTrue(first.replayGuard().claim(new ReplayClaim.SingleUse(key, keepUntil), Instant.now()) == ReplayVerdict.FIRST_USE);
            assertFalse(first.replayGuard().claim(new ReplayClaim.SingleUse(key, keepUntil), Instant.now()) == ReplayVerdict.FIRST_USE);
            assertFalse(second.replayGuard().claim(new ReplayClaim.SingleUse(key, keepUntil), Instant.now()) == ReplayVerdict.FIRST_USE);
        }
        try (RedisStores restarted = connect()) {
            assertFalse(restarted.replayGuard().claim(new ReplayClaim.SingleUse(key, keepUntil), Instant.now()) == ReplayVerdict.FIRST_USE);
            ReplayKey other = new ReplayKey(key.value() + "0");
            assertTrue(restarted.replayGuard().claim(new ReplayClaim.SingleUse(other, keepUntil), Instant.now()) == ReplayVerdict.FIRST_USE);
        }
    }

    @Test
    void ofConcurrentClaimsExactlyOneWins() throws Exception {
        try (RedisStores stores = connect()) {
            List<Boolean> wins = Concurrently.run(100, n -> stores.replayGuard().claim(new ReplayClaim.SingleUse(key, keepUntil), Instant.now()) == ReplayVerdict.FIRST_USE);
            assertEquals(1, wins.stream().filter(Boolean::booleanValue).count());
        }
    }

    @Test
    void theNonceKeyIsKeptUntilKeepUntilPlusAMargin() {
        try (RedisStores stores = connect()) {
            stores.replayGuard().claim(new ReplayClaim.SingleUse(key, keepUntil), Instant.now());
        }
        long expected = Duration.between(Instant.now(), keepUntil.plus(RedisReplayGuard.KEEP_MARGIN)).toMillis();
        long ttl;
        try (TestRedis probe = TestRedis.shared()) {
            ttl = probe.commands().pttl(prefix + "xtao:" + TestRedis.hotkey(3).value() + ":" + nonce.value());
        }
        assertTrue(ttl <= expected + 1_000 && ttl > expected - 5_000, "kept " + ttl + " ms, expected " + expected);
    }

    /** SPEC §5: a listing signature fetches each page once, up to its cap, shared by every instance. */
    @Test
    void listingPagesAreSingleUseAndCappedAcrossInstances() {
        ReplayKey signature = new ReplayKey("replay:" + UUID.randomUUID());
        Instant now = Instant.now();
        try (RedisStores first = connect(); RedisStores second = connect()) {
            assertEquals(ReplayVerdict.FIRST_USE, first.replayGuard().claim(new ReplayClaim.ListingPage(signature, "", keepUntil, 3), now));
            assertEquals(ReplayVerdict.FIRST_USE, second.replayGuard().claim(new ReplayClaim.ListingPage(signature, "t1", keepUntil, 3), now));
            assertEquals(ReplayVerdict.REPLAYED, first.replayGuard().claim(new ReplayClaim.ListingPage(signature, "t1", keepUntil, 3), now));
            assertEquals(ReplayVerdict.FIRST_USE, first.replayGuard().claim(new ReplayClaim.ListingPage(signature, "t2", keepUntil, 3), now));
            assertEquals(ReplayVerdict.PAGE_LIMIT_REACHED,
                    second.replayGuard().claim(new ReplayClaim.ListingPage(signature, "t3", keepUntil, 3), now));
            assertEquals(ReplayVerdict.REPLAYED, second.replayGuard().claim(new ReplayClaim.SingleUse(signature, keepUntil), now),
                    "a listing signature is spent for every other endpoint");
            ReplayKey singleUse = new ReplayKey("replay:" + UUID.randomUUID());
            first.replayGuard().claim(new ReplayClaim.SingleUse(singleUse, keepUntil), now);
            assertEquals(ReplayVerdict.REPLAYED, second.replayGuard().claim(new ReplayClaim.ListingPage(singleUse, "", keepUntil, 3), now));
        }
    }

    private RedisStores connect() {
        return RedisStores.connect(TestRedis.settings(TestRedis.sharedUrl(), prefix));
    }
}
