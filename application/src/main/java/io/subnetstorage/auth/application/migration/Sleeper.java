package io.subnetstorage.auth.application.migration;

import java.time.Duration;

/** Waiting, apart so tests need not wait. An interrupted wait throws {@link Stopped}. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration);

    /** The real thing. */
    Sleeper THREAD = duration -> {
        try {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    };

    /** The runner is being stopped: nothing more is done, nothing half-done is committed. */
    final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped");
        }
    }
}
