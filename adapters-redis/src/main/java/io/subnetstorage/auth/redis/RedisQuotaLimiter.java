package io.subnetstorage.auth.redis;

import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.quota.QuotaCounter;
import io.subnetstorage.auth.domain.quota.QuotaLine;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import io.subnetstorage.auth.domain.quota.UtcDay;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Daily counters per UTC day, every line of a charge checked and charged by one Lua script. */
final class RedisQuotaLimiter implements QuotaLimiter {

    /** Counters outlive their day a little, so an instance whose clock lags still finds yesterday's count. */
    static final Duration EXPIRY_MARGIN = Duration.ofMinutes(5);

    private final RedisConnection redis;
    private final RedisKeys keys;
    private final LuaScript script = LuaScript.fromResource("quota.lua");

    RedisQuotaLimiter(RedisConnection redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public QuotaOutcome consume(QuotaCharge charge, Instant now) {
        UtcDay day = UtcDay.containing(now);
        List<QuotaLine> lines = charge.lines();
        String[] counters = new String[lines.size()];
        String[] args = new String[1 + 2 * lines.size()];
        args[0] = Long.toString(Duration.between(now, day.end().plus(EXPIRY_MARGIN)).toMillis());
        for (int i = 0; i < lines.size(); i++) {
            QuotaLine line = lines.get(i);
            counters[i] = keys.quota(line.counter(), line.hotkey(), day);
            args[1 + 2 * i] = Long.toString(line.amount());
            args[2 + 2 * i] = Long.toString(line.limit());
        }
        List<Object> reply = redis.call("quota check", commands -> script.run(commands, counters, args));
        long refusedLine = (Long) reply.get(0);
        if (refusedLine == 0) {
            return QuotaOutcome.allowed(day.end());
        }
        if (refusedLine < 1 || refusedLine > lines.size()) {
            throw new IllegalStateException("the quota script answered an unknown line " + reply);
        }
        return QuotaOutcome.refused(lines.get((int) refusedLine - 1), day.end());
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
