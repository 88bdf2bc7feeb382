package io.subnetstorage.auth.bootstrap.lifecycle;

import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.time.Duration;

/**
 * Counts the requests between routing and their response, for the drain of the {@link ShutdownSequence}. Netty's
 * graceful shutdown closes the listening socket and idle connections, but its future completes while controllers
 * are still running on the blocking executor (their audit events then met a closed trail); this count is what
 * says they are done.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class InFlightRequests {

    private long running;

    @RequestFilter
    synchronized void started() {
        running++;
    }

    @ResponseFilter
    synchronized void answered() {
        running = Math.max(0, running - 1);
        if (running == 0) {
            notifyAll();
        }
    }

    /** Waits until no request is running or {@code timeout} passes; returns how many still run. */
    synchronized long awaitNone(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return running;
    }
}
