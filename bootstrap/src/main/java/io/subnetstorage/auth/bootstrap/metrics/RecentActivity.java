package io.subnetstorage.auth.bootstrap.metrics;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Grants by role and refusals by reason over the last hour, in 5-minute buckets, for the status page. Kept in this
 * process's memory only: each instance shows its own traffic, a restart starts from nothing, and Prometheus (the same
 * counts as {@code ssa_grants_issued_total} and {@code ssa_requests_denied_total}) is where the history lives.
 */
@Singleton
public final class RecentActivity {

    public static final Duration BUCKET = Duration.ofMinutes(5);
    public static final int BUCKETS = 12;

    /** One bucket's counts, keyed by role (grants) and by reason code (refusals), sorted. */
    public record Bucket(Instant start, Map<String, Long> grants, Map<String, Long> refusals) {
    }

    private record Counts(ConcurrentMap<String, LongAdder> grants, ConcurrentMap<String, LongAdder> refusals) {

        Counts() {
            this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    private final Clock clock;
    private final ConcurrentMap<Long, Counts> byBucket = new ConcurrentHashMap<>();

    RecentActivity(Clock clock) {
        this.clock = clock;
    }

    public void granted(String role) {
        current().grants().computeIfAbsent(role, r -> new LongAdder()).increment();
    }

    public void refused(String reason) {
        current().refusals().computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    /** The last {@link #BUCKETS} buckets, oldest first, the current (partial) one last; empty buckets included. */
    public List<Bucket> lastHour() {
        long now = index(clock.instant());
        List<Bucket> buckets = new ArrayList<>(BUCKETS);
        for (long i = now - BUCKETS + 1; i <= now; i++) {
            Counts counts = byBucket.get(i);
            buckets.add(new Bucket(Instant.ofEpochMilli(i * BUCKET.toMillis()),
                    counts == null ? Map.of() : totals(counts.grants()), counts == null ? Map.of() : totals(counts.refusals())));
        }
        return buckets;
    }

    private Counts current() {
        long now = index(clock.instant());
        byBucket.keySet().removeIf(old -> old <= now - BUCKETS);
        return byBucket.computeIfAbsent(now, i -> new Counts());
    }

    private static long index(Instant at) {
        return Math.floorDiv(at.toEpochMilli(), BUCKET.toMillis());
    }

    private static Map<String, Long> totals(Map<String, LongAdder> counters) {
        Map<String, Long> totals = new TreeMap<>();
        counters.forEach((key, counter) -> totals.put(key, counter.sum()));
        return totals;
    }
}
