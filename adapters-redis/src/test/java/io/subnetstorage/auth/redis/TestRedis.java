package io.subnetstorage.auth.redis;

import static org.junit.jupiter.api.Assertions.fail;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import java.time.Instant;
import java.time.Duration;
import java.util.UUID;

/** The shared Redis the tests run against (REDIS_URL, else localhost:6379), and a plain client to inspect it. */
final class TestRedis implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofMillis(500);
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    private TestRedis(String url) {
        client = RedisClient.create(RedisURI.create(url));
        connection = client.connect();
    }

    static String sharedUrl() {
        String url = System.getenv("REDIS_URL");
        return url == null || url.isBlank() ? "redis://127.0.0.1:6379" : url;
    }

    /** Fails with a message that says what to do, instead of a Lettuce stack trace. */
    static TestRedis shared() {
        return open(sharedUrl());
    }

    /** For a test class's {@code @BeforeAll}: stops the run early, with advice, when there is no Redis. */
    static void requireShared() {
        shared().close();
    }

    static TestRedis open(String url) {
        try {
            return new TestRedis(url);
        } catch (RuntimeException e) {
            return fail("these tests need a running Redis at " + url + " (set REDIS_URL, or start one with "
                    + "`redis-server --port 6379 --save '' --appendonly no --daemonize yes`): " + e.getMessage());
        }
    }

    /** A key prefix of its own, so concurrent or repeated runs never see each other's counters. */
    static String uniquePrefix() {
        return "ssa-test:" + UUID.randomUUID() + ":";
    }

    static RedisSettings settings(String url, String prefix) {
        return new RedisSettings(url, TIMEOUT, prefix);
    }

    /** What a grant of {@code role} charges under {@code quotas}: a folder grant for a miner, a grant for a validator. */
    static QuotaOutcome grant(RedisStores stores, DailyQuotas quotas, Role role, Hotkey hotkey, Instant now) {
        QuotaCharge charge = role == Role.MINER ? quotas.folderGrant(hotkey, 0) : quotas.validatorGrant(hotkey);
        return stores.quotaLimiter().consume(charge, now);
    }

    /** A hotkey of SS58 shape, different for every {@code n}. */
    static Hotkey hotkey(int n) {
        StringBuilder text = new StringBuilder("5");
        for (int rest = n, i = 0; i < 47; i++, rest /= BASE58.length()) {
            text.append(BASE58.charAt(rest % BASE58.length()));
        }
        return Hotkey.of(text.toString());
    }

    RedisCommands<String, String> commands() {
        return connection.sync();
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
}
