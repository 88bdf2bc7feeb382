package io.subnetstorage.auth.huggingface;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** A clock that only moves when the client sleeps: an hour of backoff or commit window takes no time. */
final class FakeTime implements HubTime {

    private Instant now = Instant.parse("2026-11-30T00:00:00Z");
    private final List<Duration> sleeps = new ArrayList<>();
    private IntConsumer onSleep = n -> { };

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
        onSleep.accept(sleeps.size());
    }

    /** Runs {@code action} with the number of sleeps so far after each sleep (e.g. to end an outage). */
    synchronized void onSleep(IntConsumer action) {
        onSleep = action;
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
