package io.subnetstorage.auth.application.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for a condition that something else (a background thread, a server, a cache) will make true, instead
 * of sleeping for a guessed time. The deadline only bounds a broken run; a healthy one never comes near it,
 * so nothing here measures how fast anything is.
 */
public final class Eventually {

    public static final Duration DEADLINE = Duration.ofSeconds(30);

    private Eventually() {
    }

    public static void until(BooleanSupplier condition, Supplier<String> describe) {
        until(DEADLINE, condition, describe);
    }

    /** As {@link #until(BooleanSupplier, Supplier)}, for a condition that a job with a known delay of its own makes true. */
    public static void until(Duration bound, BooleanSupplier condition, Supplier<String> describe) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("not reached within " + bound.toSeconds() + " s: " + describe.get());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting: " + describe.get());
            }
        }
    }

    /** Asks {@code answer} until it satisfies {@code accepted}, and returns that answer. */
    public static <T> T answer(Supplier<T> answer, Predicate<T> accepted, String waitingFor) {
        Object[] last = new Object[1];
        until(() -> {
            T value = answer.get();
            last[0] = value;
            return accepted.test(value);
        }, () -> waitingFor + "; last answer: " + last[0]);
        @SuppressWarnings("unchecked")
        T found = (T) last[0];
        return found;
    }
}
