package io.subnetstorage.auth.redis;

import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import io.subnetstorage.auth.domain.quota.UtcDay;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Daily counters per role and hotkey plus one for the service, checked and charged by one Lua script. */
final class RedisQuotaLimiter implements QuotaLimiter {

    /** Counters outlive their day a little, so an instance whose clock lags still finds yesterday's count. */
    static final Duration EXPIRY_MARGIN = Duration.ofMinutes(5);

    private static final long CHARGED = 0;
    private static final long HOTKEY_REFUSED = 1;
    private static final long GLOBAL_REFUSED = 2;

    private final RedisConnection redis;
    private final RedisKeys keys;
    private final DailyQuotas quotas;
    private final LuaScript script = LuaScript.fromResource("quota.lua");

    RedisQuotaLimiter(RedisConnection redis, RedisKeys keys, DailyQuotas quotas) {
        this.redis = redis;
        this.keys = keys;
        this.quotas = quotas;
    }

    @Override
    public QuotaOutcome consume(Role role, Hotkey hotkey, Instant now) {
        UtcDay day = UtcDay.containing(now);
        String[] counters = {keys.hotkeyQuota(role, hotkey, day), keys.globalQuota(day)};
        long expiresInMillis = Duration.between(now, day.end().plus(EXPIRY_MARGIN)).toMillis();
        List<Object> reply = redis.call("quota check", commands -> script.run(commands, counters,
                Long.toString(quotas.perHotkey(role)), Long.toString(quotas.global()), Long.toString(expiresInMillis)));
        return outcome(reply, day.end());
    }

    private static QuotaOutcome outcome(List<Object> reply, Instant resetsAt) {
        long verdict = (Long) reply.get(0);
        long limit = (Long) reply.get(1);
        if (verdict == CHARGED) {
            return QuotaOutcome.allowed(limit, resetsAt);
        }
        if (verdict == HOTKEY_REFUSED) {
            return QuotaOutcome.hotkeyExceeded(limit, resetsAt);
        }
        if (verdict == GLOBAL_REFUSED) {
            return QuotaOutcome.globalExceeded(limit, resetsAt);
        }
        throw new IllegalStateException("the quota script answered an unknown verdict " + reply);
    }

    @Override
    public long globalUsage(Instant now) {
        String count = redis.call("quota read", commands -> commands.get(keys.globalQuota(UtcDay.containing(now))));
        return count == null ? 0 : Long.parseLong(count);
    }

    @Override
    public boolean reachable() {
        return redis.ping();
    }
}
