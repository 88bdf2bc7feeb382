package io.subnetstorage.auth.redis;

import io.lettuce.core.SetArgs;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.domain.replay.ReplayKey;
import java.time.Duration;
import java.time.Instant;

/** Single-use keys as SET NX with an absolute expiry: one round trip, and Redis decides the race. */
final class RedisReplayGuard implements ReplayGuard {

    /** Kept a little past the freshness window, so clock skew between instances and Redis cannot reopen it. */
    static final Duration KEEP_MARGIN = Duration.ofMinutes(1);

    private final RedisConnection redis;
    private final RedisKeys keys;

    RedisReplayGuard(RedisConnection redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public boolean claim(ReplayKey key, Instant keepUntil) {
        SetArgs once = SetArgs.Builder.nx().pxAt(keepUntil.plus(KEEP_MARGIN));
        String reply = redis.call("replay claim", commands -> commands.set(keys.replay(key), "1", once));
        // SET NX answers OK when it wrote the key and nil when the key was already there.
        return "OK".equals(reply);
    }
}
