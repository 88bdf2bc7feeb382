package io.subnetstorage.auth.benchmarks.load;

import org.HdrHistogram.Histogram;

/**
 * One worker's latencies (µs, 3 significant digits, up to 10 minutes) and outcomes by HTTP status, kept
 * per thread so recording takes no lock, and merged at the end.
 */
final class Tally {

    /** Pseudo-statuses below 100 for outcomes that have no HTTP status. */
    static final int IO_ERROR = 1;
    static final int EXHAUSTED = 2;
    static final int UNSENT = 3;

    final Histogram latencyMicros = new Histogram(600_000_000L, 3);
    final long[] byStatus = new long[600];
    long lastCompletionNanos;
    long bodyBytes;

    void record(int status, long latencyNanos) {
        byStatus[status]++;
        if (status >= 100) {
            latencyMicros.recordValue(Math.max(1, latencyNanos / 1_000));
        }
        lastCompletionNanos = System.nanoTime();
    }

    void add(Tally other) {
        latencyMicros.add(other.latencyMicros);
        for (int i = 0; i < byStatus.length; i++) {
            byStatus[i] += other.byStatus[i];
        }
        lastCompletionNanos = Math.max(lastCompletionNanos, other.lastCompletionNanos);
        bodyBytes += other.bodyBytes;
    }

    long successes() {
        long ok = 0;
        for (int status = 200; status < 300; status++) {
            ok += byStatus[status];
        }
        return ok;
    }

    static String statusName(int status) {
        return switch (status) {
            case IO_ERROR -> "io_error";
            case EXHAUSTED -> "no_fresh_request";
            case UNSENT -> "unsent";
            default -> Integer.toString(status);
        };
    }
}
