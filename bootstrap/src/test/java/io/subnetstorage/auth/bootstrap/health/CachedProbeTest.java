package io.subnetstorage.auth.bootstrap.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.service.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache's rules, with checks run by hand: one in flight, answers reused for the TTL, stale ones served while refreshing. */
class CachedProbeTest {

    static final Duration TTL = Duration.ofSeconds(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final Queue<Runnable> checks = new ArrayDeque<>();
    private final AtomicInteger runs = new AtomicInteger();
    private final CachedProbe<Integer> probe = new CachedProbe<>(runs::incrementAndGet, TTL, clock, checks::add);

    private void runPendingCheck() {
        checks.remove().run();
    }

    @Test
    void callersBeforeTheFirstAnswerShareOneCheck() {
        CompletableFuture<Probed<Integer>> first = probe.get();
        CompletableFuture<Probed<Integer>> second = probe.get();
        assertFalse(first.isDone() || second.isDone());
        assertEquals(1, checks.size(), "one check in flight");

        runPendingCheck();
        assertEquals(1, first.join().value());
        assertEquals(1, second.join().value());
        assertEquals(clock.instant(), first.join().checkedAt());
    }

    @Test
    void anAnswerIsReusedForTheTtlThenServedStaleWhileOneCheckRefreshesIt() {
        probe.get();
        runPendingCheck();
        clock.advance(TTL.minusMillis(1));
        assertEquals(1, probe.get().join().value());
        assertTrue(checks.isEmpty(), "fresh: no new check");

        clock.advance(Duration.ofMillis(1));
        Probed<Integer> stale = probe.get().join();
        assertEquals(1, stale.value(), "the last answer, at once");
        assertEquals(TTL, stale.age(clock.instant()));
        probe.get().join();
        assertEquals(1, checks.size(), "one refresh for every caller");

        runPendingCheck();
        assertEquals(2, probe.get().join().value());
        assertTrue(checks.isEmpty());
    }

    @Test
    void aCheckThatThrowsFailsItsWaitersOnceAndTheNextCallerChecksAgain() {
        CachedProbe<Integer> broken = new CachedProbe<>(() -> {
            throw new IllegalStateException("bug");
        }, TTL, clock, checks::add);
        CompletableFuture<Probed<Integer>> waiting = broken.get();
        runPendingCheck();
        ExecutionException failure = assertThrows(ExecutionException.class, waiting::get);
        assertEquals("bug", failure.getCause().getMessage());

        broken.get();
        assertEquals(1, checks.size());
    }

    @Test
    void aCallerCancellingItsAnswerDoesNotCancelTheOthers() {
        CompletableFuture<Probed<Integer>> impatient = probe.get();
        CompletableFuture<Probed<Integer>> patient = probe.get();
        impatient.cancel(true);
        runPendingCheck();
        assertEquals(1, patient.join().value());
    }
}
