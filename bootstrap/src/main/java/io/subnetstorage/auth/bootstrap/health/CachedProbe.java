package io.subnetstorage.auth.bootstrap.health;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * A blocking check of a dependency that anonymous callers cannot multiply. An answer is reused for the
 * policy's TTL; once it is older, the next caller starts one new check on {@code executor} and, like every
 * caller until that check ends, gets the last answer (with its age) at once. Only before the first answer
 * do callers wait, all on the same check. So at most one check is ever in flight, no caller's thread (and
 * never Netty's event loop) runs it, and a hanging dependency costs one thread, not one per request.
 */
public final class CachedProbe<T> {

    private final Supplier<T> check;
    private final Duration ttl;
    private final Clock clock;
    private final Executor executor;
    private Probed<T> last;
    private CompletableFuture<Probed<T>> inFlight;

    /** {@code check} blocks and should report failure as a value; if it throws, its callers see that once. */
    public CachedProbe(Supplier<T> check, Duration ttl, Clock clock, Executor executor) {
        this.check = check;
        this.ttl = ttl;
        this.clock = clock;
        this.executor = executor;
    }

    /** The last answer if it is fresh, else as described above. Never blocks. */
    public CompletableFuture<Probed<T>> get() {
        CompletableFuture<Probed<T>> started = null;
        CompletableFuture<Probed<T>> running;
        Probed<T> previous;
        synchronized (this) {
            previous = last;
            if (previous != null && fresh(previous)) {
                return CompletableFuture.completedFuture(previous);
            }
            if (inFlight == null) {
                inFlight = started = new CompletableFuture<>();
            }
            running = inFlight;
        }
        if (started != null) {
            launch(started);
        }
        // A copy, so that a caller cancelling its future cannot cancel the others'.
        return previous != null ? CompletableFuture.completedFuture(previous) : running.copy();
    }

    private boolean fresh(Probed<T> answer) {
        Duration age = answer.age(clock.instant());
        return !age.isNegative() && age.compareTo(ttl) < 0;
    }

    private void launch(CompletableFuture<Probed<T>> run) {
        try {
            executor.execute(() -> run(run));
        } catch (RejectedExecutionException e) {
            finish(run, null, e);
        }
    }

    private void run(CompletableFuture<Probed<T>> run) {
        try {
            finish(run, new Probed<>(check.get(), clock.instant()), null);
        } catch (RuntimeException e) {
            finish(run, null, e);
        }
    }

    private void finish(CompletableFuture<Probed<T>> run, Probed<T> answer, RuntimeException failure) {
        synchronized (this) {
            if (answer != null) {
                last = answer;
            }
            inFlight = null;
        }
        if (answer != null) {
            run.complete(answer);
        } else {
            run.completeExceptionally(failure);
        }
    }
}
