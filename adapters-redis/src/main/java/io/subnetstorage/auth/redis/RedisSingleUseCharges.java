package io.subnetstorage.auth.redis;

import io.subnetstorage.auth.application.port.out.SingleUseCharges;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The replay claim ({@code SET NX} with an absolute expiry, as {@link RedisReplayGuard}) and the quota charge
 * (as {@link RedisQuotaLimiter}) in one Lua script: one round trip where the two calls take two.
 */
final class RedisSingleUseCharges implements SingleUseCharges {

    private final RedisConnection redis;
    private final RedisKeys keys;
    private final LuaScript script = LuaScript.fromResource("single-use-charge.lua");

    RedisSingleUseCharges(RedisConnection redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Optional<QuotaOutcome> claimAndCharge(ReplayClaim.SingleUse claim, QuotaCharge charge, Instant now) {
        ChargeLayout layout = ChargeLayout.of(keys, charge, now);
        String[] scriptKeys = layout.keys(keys.replay(claim.key()));
        String[] args = layout.args(Long.toString(claim.keepUntil().plus(RedisReplayGuard.KEEP_MARGIN).toEpochMilli()));
        List<Object> reply = redis.call("single-use charge", commands -> script.run(commands, scriptKeys, args));
        long answer = (Long) reply.get(0);
        return answer < 0 ? Optional.empty() : Optional.of(layout.outcome(answer));
    }
}
