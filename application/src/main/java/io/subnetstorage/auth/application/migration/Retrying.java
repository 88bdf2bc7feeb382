package io.subnetstorage.auth.application.migration;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits out a store that cannot answer now (503 SlowDown or ServiceUnavailable after the adapter's own retries, a
 * connection refused): 1 s doubling to a minute, for as long as the migration is still meant to run. An operator's
 * pause or rollback, or the service stopping, ends the wait with {@link Sleeper.Stopped}.
 */
final class Retrying {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofMinutes(1);

    private final Sleeper sleeper;
    private final BooleanSupplier stillWanted;

    Retrying(Sleeper sleeper, BooleanSupplier stillWanted) {
        this.sleeper = sleeper;
        this.stillWanted = stillWanted;
    }

    <T> T call(Supplier<T> work) {
        Duration wait = FIRST;
        while (true) {
            try {
                return work.get();
            } catch (DependencyUnavailable unavailable) {
                wait = pause(wait);
            }
        }
    }

    /** Waits {@code wait}, then answers the next wait; throws {@link Sleeper.Stopped} when the run should end. */
    Duration pause(Duration wait) {
        sleeper.sleep(wait);
        if (Thread.currentThread().isInterrupted() || !stillWanted.getAsBoolean()) {
            throw new Sleeper.Stopped();
        }
        Duration next = wait.multipliedBy(2);
        return next.compareTo(LONGEST) > 0 ? LONGEST : next;
    }
}
