package io.subnetstorage.auth.application.mirror;

import java.time.Duration;
import java.time.Instant;

/**
 * A mirror that cannot take writes (unreachable, out of credit, refusing the key) is left alone for a while,
 * longer each time in a row, instead of failing object after object; its own workers wait, nobody else's do.
 * Any write it takes again ends the pause.
 */
final class MirrorPause {

    private int failuresInARow;
    private Instant until = Instant.MIN;

    synchronized void trip(Instant now) {
        failuresInARow++;
        until = Backoff.MIRROR.next(failuresInARow, now);
    }

    synchronized void reset() {
        failuresInARow = 0;
        until = Instant.MIN;
    }

    /** How long the mirror is still left alone; zero when it is not. */
    synchronized Duration remaining(Instant now) {
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }
}
