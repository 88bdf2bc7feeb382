package io.subnetstorage.auth.application.inprocess;

import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import io.subnetstorage.auth.domain.replay.ReplayKey;
import io.subnetstorage.auth.domain.replay.ReplayVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Replay keys kept in this process: the embedded default. Keys are kept {@link #KEEP_MARGIN} past
 * their claim's end, judged by the gate's clock, as the Redis store does, so that a replay cannot win
 * at the window's last second. Expired keys are swept as new ones arrive.
 */
public final class InProcessReplayGuard implements ReplayGuard {

    public static final Duration KEEP_MARGIN = Duration.ofMinutes(1);
    private static final int SWEEP_EVERY = 1024;

    private final Map<ReplayKey, Instant> seen = new HashMap<>();
    private final Map<ReplayKey, Integer> pagesServed = new HashMap<>();
    private int claimsSinceSweep;

    @Override
    public synchronized ReplayVerdict claim(ReplayClaim claim, Instant now) {
        sweepNowAndThen(now);
        Instant until = claim.keepUntil().plus(KEEP_MARGIN);
        if (claim instanceof ReplayClaim.ListingPage page) {
            return claimPage(page, now, until);
        }
        if (held(claim.key(), now)) {
            return ReplayVerdict.REPLAYED;
        }
        seen.put(claim.key(), until);
        return ReplayVerdict.FIRST_USE;
    }

    private ReplayVerdict claimPage(ReplayClaim.ListingPage page, Instant now, Instant until) {
        boolean signatureSeen = held(page.key(), now);
        if (signatureSeen && !pagesServed.containsKey(page.key()) || held(page.pageKey(), now)) {
            return ReplayVerdict.REPLAYED;
        }
        int served = signatureSeen ? pagesServed.get(page.key()) : 0;
        if (served >= page.maxPages()) {
            return ReplayVerdict.PAGE_LIMIT_REACHED;
        }
        seen.put(page.key(), until);
        seen.put(page.pageKey(), until);
        pagesServed.put(page.key(), served + 1);
        return ReplayVerdict.FIRST_USE;
    }

    private boolean held(ReplayKey key, Instant now) {
        Instant until = seen.get(key);
        return until != null && !until.isBefore(now);
    }

    private void sweepNowAndThen(Instant now) {
        if (++claimsSinceSweep < SWEEP_EVERY) {
            return;
        }
        claimsSinceSweep = 0;
        seen.values().removeIf(until -> until.isBefore(now));
        pagesServed.keySet().removeIf(key -> !seen.containsKey(key));
    }
}
