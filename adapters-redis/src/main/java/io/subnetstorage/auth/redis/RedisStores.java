package io.subnetstorage.auth.redis;

import io.lettuce.core.event.command.CommandListener;
import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.application.port.out.SingleUseCharges;
import java.util.List;

/**
 * The quota limiter, the replay guard and the two in one step, sharing one Lettuce connection. {@link #connect}
 * does not wait for Redis: the service starts while Redis is down, reports it unreachable, and uses it once it is up.
 * While Redis is away every call throws {@code DependencyUnavailable} within the command timeout.
 */
public final class RedisStores implements AutoCloseable {

    private final RedisConnection redis;
    private final RedisQuotaLimiter quotaLimiter;
    private final RedisReplayGuard replayGuard;
    private final RedisSingleUseCharges singleUseCharges;

    private RedisStores(RedisConnection redis, RedisSettings settings) {
        this.redis = redis;
        RedisKeys keys = new RedisKeys(settings.keyPrefix());
        this.quotaLimiter = new RedisQuotaLimiter(redis, keys);
        this.replayGuard = new RedisReplayGuard(redis, keys);
        this.singleUseCharges = new RedisSingleUseCharges(redis, keys);
    }

    public static RedisStores connect(RedisSettings settings) {
        return connect(settings, List.of());
    }

    /** With listeners that see every command sent, e.g. for tests that count round trips. */
    static RedisStores connect(RedisSettings settings, List<CommandListener> listeners) {
        return new RedisStores(RedisConnection.open(settings, listeners), settings);
    }

    public QuotaLimiter quotaLimiter() {
        return quotaLimiter;
    }

    public ReplayGuard replayGuard() {
        return replayGuard;
    }

    public SingleUseCharges singleUseCharges() {
        return singleUseCharges;
    }

    /** Whether Redis answers a PING within the command timeout; for {@code /healthcheck}. */
    public boolean reachable() {
        return redis.ping();
    }

    @Override
    public void close() {
        redis.close();
    }
}
