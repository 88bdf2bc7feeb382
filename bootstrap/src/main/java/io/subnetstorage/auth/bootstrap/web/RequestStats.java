package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** The counters {@code /healthcheck} reports under {@code stats}, since this process started. */
@Singleton
final class RequestStats {

    private final Clock clock;
    private final Instant started;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();

    RequestStats(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    /** Errors are server-side failures (5xx), as the deployed service counted them; 504 is also a timeout. */
    void record(int status) {
        requests.incrementAndGet();
        if (status >= 500) {
            errors.incrementAndGet();
        }
        if (status == 504) {
            timeouts.incrementAndGet();
        }
    }

    Snapshot snapshot() {
        double hours = Duration.between(started, clock.instant()).toMillis() / 3_600_000.0;
        long total = requests.get();
        return new Snapshot(round(hours), total, errors.get(), timeouts.get(),
                total == 0 ? 0 : round((double) errors.get() / total), total == 0 ? 0 : round((double) timeouts.get() / total),
                round(total / Math.max(hours, 1.0 / 60)));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Snapshot(double uptimeHours, long totalRequests, long totalErrors, long totalTimeouts,
            double errorRate, double timeoutRate, double requestsPerHour) {
    }
}
