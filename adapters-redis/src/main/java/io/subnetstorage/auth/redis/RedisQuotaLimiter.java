package io.subnetstorage.auth.redis;

import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.quota.QuotaCounter;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import io.subnetstorage.auth.domain.quota.UtcDay;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Daily counters per UTC day, every line of a charge checked and charged by one Lua script. */
final class RedisQuotaLimiter implements QuotaLimiter {

    private final RedisConnection redis;
    private final RedisKeys keys;
    private final LuaScript script = LuaScript.fromResource("quota.lua");

    RedisQuotaLimiter(RedisConnection redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public QuotaOutcome consume(QuotaCharge charge, Instant now) {
        ChargeLayout layout = ChargeLayout.of(keys, charge, now);
        List<Object> reply = redis.call("quota check", commands -> script.run(commands, layout.keys(), layout.args()));
        return layout.outcome((Long) reply.get(0));
    }

    @Override
    public long usage(QuotaCounter counter, Optional<Hotkey> hotkey, Instant now) {
        String count = redis.call("quota read", commands -> commands.get(keys.quota(counter, hotkey, UtcDay.containing(now))));
        return count == null ? 0 : Long.parseLong(count);
    }

    @Override
    public boolean reachable() {
        return redis.ping();
    }
}
