package io.subnetstorage.auth.application.inprocess;

import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.domain.replay.ReplayKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Replay keys kept in this process: the embedded default. Expired keys are swept as new ones arrive. */
public final class InProcessReplayGuard implements ReplayGuard {

    private static final int SWEEP_EVERY = 1024;
    private final Map<ReplayKey, Instant> seen = new ConcurrentHashMap<>();
    private final Clock clock;
    private int claimsSinceSweep;

    public InProcessReplayGuard(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean claim(ReplayKey key, Instant keepUntil) {
        Instant now = clock.instant();
        sweepNowAndThen(now);
        boolean[] won = {false};
        seen.compute(key, (k, until) -> {
            if (until == null || until.isBefore(now)) {
                won[0] = true;
                return keepUntil;
            }
            return until;
        });
        return won[0];
    }

    private void sweepNowAndThen(Instant now) {
        synchronized (this) {
            if (++claimsSinceSweep < SWEEP_EVERY) {
                return;
            }
            claimsSinceSweep = 0;
        }
        seen.values().removeIf(until -> until.isBefore(now));
    }
}
