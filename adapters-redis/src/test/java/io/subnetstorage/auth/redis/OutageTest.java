package io.subnetstorage.auth.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lettuce.core.RedisCommandTimeoutException;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.testing.Eventually;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import io.subnetstorage.auth.domain.replay.ReplayKey;
import io.subnetstorage.auth.domain.replay.ReplayVerdict;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;

/**
 * Against a private redis-server that the test kills and restarts; the shared one is never touched. "Fast"
 * is shown by how calls fail, not by a stopwatch: once the loss is noticed a call is rejected outright, and
 * never waits out the command timeout. The class timeout only turns a hang into a failure.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class OutageTest {

    private static final DailyQuotas QUOTAS = new DailyQuotas(2, 10, 100, 10, 10);

    private final Hotkey miner = TestRedis.hotkey(5);
    private final Instant now = Instant.now();
    private PrivateRedis server;

    @BeforeEach
    void pickPort() throws Exception {
        server = PrivateRedis.onFreePort();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    @Test
    void failsFastWhileRedisIsDownAndRecoversWithoutANewClient() throws Exception {
        server.start();
        try (RedisStores stores = connect()) {
            assertTrue(TestRedis.grant(stores, QUOTAS, Role.MINER, miner, now).decision().allowed());

            server.kill();
            // A call in flight when Redis dies may fail either way; by then the loss is noticed.
            assertThrows(DependencyUnavailable.class, () -> TestRedis.grant(stores, QUOTAS, Role.MINER, miner, now));
            assertRejectedAtOnce(() -> stores.replayGuard().claim(new ReplayClaim.SingleUse(key("down"), now.plusSeconds(60)), now));
            assertRejectedAtOnce(() -> TestRedis.grant(stores, QUOTAS, Role.MINER, miner, now));
            assertRejectedAtOnce(() -> stores.quotaLimiter().globalUsage(now));
            assertFalse(stores.reachable());

            server.start();
            Eventually.until(stores::reachable, () -> "Redis used again after its restart");
            // A restarted Redis has forgotten the script: this also goes through NOSCRIPT and reload.
            assertTrue(TestRedis.grant(stores, QUOTAS, Role.MINER, miner, now).decision().allowed());
            assertEquals(ReplayVerdict.FIRST_USE, stores.replayGuard().claim(new ReplayClaim.SingleUse(key("up"), now.plusSeconds(60)), now));
            assertEquals(ReplayVerdict.REPLAYED, stores.replayGuard().claim(new ReplayClaim.SingleUse(key("up"), now.plusSeconds(60)), now));
        }
    }

    @Test
    void startsWhileRedisIsDownAndUsesItOnceItIsUp() throws Exception {
        try (RedisStores stores = connect()) {
            assertFalse(stores.reachable());
            assertThrows(DependencyUnavailable.class, () -> TestRedis.grant(stores, QUOTAS, Role.MINER, miner, now));
            assertThrows(DependencyUnavailable.class, () -> stores.replayGuard().claim(new ReplayClaim.SingleUse(key("early"), now.plusSeconds(60)), now));

            server.start();
            Eventually.until(stores::reachable, () -> "Redis used once it is up");
            assertTrue(TestRedis.grant(stores, QUOTAS, Role.MINER, miner, now).decision().allowed());
            assertEquals(1, stores.quotaLimiter().globalUsage(now));
        }
    }

    @Test
    void reloadsTheScriptAfterScriptFlush() throws Exception {
        server.start();
        try (RedisStores stores = connect(); TestRedis probe = TestRedis.open(server.url())) {
            TestRedis.grant(stores, QUOTAS, Role.MINER, miner, now);
            assertEquals("OK", probe.commands().scriptFlush());

            assertTrue(TestRedis.grant(stores, QUOTAS, Role.MINER, miner, now).decision().allowed());
            assertEquals(2, stores.quotaLimiter().globalUsage(now));
            assertFalse(TestRedis.grant(stores, QUOTAS, Role.MINER, miner, now).decision().allowed());
        }
    }

    private RedisStores connect() {
        return RedisStores.connect(TestRedis.settings(server.url(), "outage:"));
    }

    private static ReplayKey key(String name) {
        return new ReplayKey("replay:test-" + name);
    }

    /** Unavailable because the client refused the command while disconnected, not because it timed out waiting. */
    private static void assertRejectedAtOnce(Executable call) {
        DependencyUnavailable failure = assertThrows(DependencyUnavailable.class, call);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            assertFalse(cause instanceof RedisCommandTimeoutException || cause instanceof TimeoutException,
                    () -> "waited out a timeout instead of being rejected: " + failure);
        }
    }
}
