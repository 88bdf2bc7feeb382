package io.subnetstorage.auth.bittensor.metagraph;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition the background sync thread will make true; fails with a description after 15 s, a bound meant never to be reached on a healthy run. */
final class Eventually {

    private static final long DEADLINE_MILLIS = 15_000;

    private Eventually() {
    }

    static void until(BooleanSupplier condition, Supplier<String> describe) {
        long deadline = System.nanoTime() + DEADLINE_MILLIS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not reached within " + DEADLINE_MILLIS + " ms: " + describe.get());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }
}
