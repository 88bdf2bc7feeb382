package io.subnetstorage.auth.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import io.subnetstorage.auth.domain.replay.ReplayKey;
import io.subnetstorage.auth.domain.replay.ReplayVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Against a private redis-server that the test kills and restarts; the shared one is never touched. */
class OutageTest {

    private static final DailyQuotas QUOTAS = new DailyQuotas(2, 10, 100, 10, 10);

    /** A call in flight when Redis dies can only time out, so the first failure may take the command timeout. */
    private static final Duration FAST = Duration.ofMillis(1_500);
    /** Once the loss is noticed, calls are rejected at once: far below the command timeout, not queued up to it. */
    private static final Duration AT_ONCE = TestRedis.TIMEOUT.dividedBy(2);
    private static final Duration RECOVERY = Duration.ofSeconds(8);

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
            assertUnavailableWithin(FAST, () -> TestRedis.grant(stores, QUOTAS, Role.MINER, miner, now));
            assertUnavailableWithin(AT_ONCE, () -> stores.replayGuard().claim(new ReplayClaim.SingleUse(key("down"), now.plusSeconds(60)), now));
            assertUnavailableWithin(AT_ONCE, () -> TestRedis.grant(stores, QUOTAS, Role.MINER, miner, now));
            assertUnavailableWithin(AT_ONCE, () -> stores.quotaLimiter().globalUsage(now));
            assertFalse(stores.reachable());

            server.start();
            awaitTrue(stores::reachable);
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
            assertUnavailableWithin(FAST, () -> TestRedis.grant(stores, QUOTAS, Role.MINER, miner, now));
            assertUnavailableWithin(FAST, () -> stores.replayGuard().claim(new ReplayClaim.SingleUse(key("early"), now.plusSeconds(60)), now));

            server.start();
            awaitTrue(stores::reachable);
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

    private static void assertUnavailableWithin(Duration limit, Executable call) {
        long started = System.nanoTime();
        assertThrows(DependencyUnavailable.class, call);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(limit) < 0, "failing took " + took + ", more than " + limit);
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "Redis was not used again within " + RECOVERY);
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }
}
