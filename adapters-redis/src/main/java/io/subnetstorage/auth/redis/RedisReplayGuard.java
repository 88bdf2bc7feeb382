package io.subnetstorage.auth.redis;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import io.subnetstorage.auth.domain.replay.ReplayVerdict;
import java.time.Duration;
import java.time.Instant;

/**
 * Single-use keys as SET NX with an absolute expiry: one round trip, and Redis decides the race. A
 * listing page needs the signature's page count and the page's own key, so it is one Lua script.
 */
final class RedisReplayGuard implements ReplayGuard {

    /** Kept a little past the freshness window, so clock skew between instances and Redis cannot reopen it. */
    static final Duration KEEP_MARGIN = Duration.ofMinutes(1);

    private final RedisConnection redis;
    private final RedisKeys keys;
    private final LuaScript listingPage = LuaScript.fromResource("listing-page.lua");

    RedisReplayGuard(RedisConnection redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public ReplayVerdict claim(ReplayClaim claim, Instant now) {
        Instant until = claim.keepUntil().plus(KEEP_MARGIN);
        if (claim instanceof ReplayClaim.ListingPage page) {
            String[] pageKeys = {keys.replay(page.key()), keys.replay(page.pageKey())};
            Long verdict = redis.call("listing page claim", commands -> listingPage.run(commands, ScriptOutputType.INTEGER,
                    pageKeys, Long.toString(until.toEpochMilli()), Integer.toString(page.maxPages())));
            return switch (verdict.intValue()) {
                case 0 -> ReplayVerdict.FIRST_USE;
                case 1 -> ReplayVerdict.REPLAYED;
                case 2 -> ReplayVerdict.PAGE_LIMIT_REACHED;
                default -> throw new IllegalStateException("the listing page script answered " + verdict);
            };
        }
        SetArgs once = SetArgs.Builder.nx().pxAt(until.toEpochMilli());
        String reply = redis.call("replay claim", commands -> commands.set(keys.replay(claim.key()), "once", once));
        // SET NX answers OK when it wrote the key and nil when the key was already there.
        return "OK".equals(reply) ? ReplayVerdict.FIRST_USE : ReplayVerdict.REPLAYED;
    }
}
