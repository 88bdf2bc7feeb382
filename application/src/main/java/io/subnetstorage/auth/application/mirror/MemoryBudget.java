package io.subnetstorage.auth.application.mirror;

/**
 * Bounds the bytes the service's own writes may hold in memory at once: the store adapters buffer a write of up
 * to MULTIPART_THRESHOLD, or one part of a larger one. Small objects then copy many at a time, large ones a few.
 */
final class MemoryBudget {

    private final long limit;
    private long used;

    MemoryBudget(long limit) {
        this.limit = limit;
    }

    /** Blocks until {@code bytes} (at most the whole budget) fit, and takes them; answers what was taken. */
    synchronized long take(long bytes) {
        long wanted = Math.min(bytes, limit);
        while (used + wanted > limit) {
            try {
                wait();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                throw new CopyFailure(io.subnetstorage.auth.application.port.out.mirror.FailureReason.OTHER, "stopped while waiting for memory");
            }
        }
        used += wanted;
        return wanted;
    }

    synchronized void give(long bytes) {
        used -= bytes;
        notifyAll();
    }
}
