package io.subnetstorage.auth.application.mirror;

import java.time.Duration;

/**
 * Wakes this instance's idle copy workers when one of its scans has recorded work, instead of leaving it until
 * their next poll of the ledger. Work recorded by another instance is found by polling.
 */
public final class NewWork {

    private long recorded;

    synchronized void arrived() {
        recorded++;
        notifyAll();
    }

    /** Waits until new work arrives or {@code longest} has passed. */
    public synchronized void await(Duration longest) throws InterruptedException {
        long seen = recorded;
        long end = System.nanoTime() + longest.toNanos();
        for (long left = longest.toNanos(); recorded == seen && left > 0; left = end - System.nanoTime()) {
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
