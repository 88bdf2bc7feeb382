package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.application.redaction.RedactedUri;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Every call the service itself makes to Hippius goes through here: 503s are retried with backoff
 * (the SDK's own retries are off, so this is the only policy), 402 and 403 never are; failures come out as
 * {@link StoreRefused} or {@link DependencyUnavailable}; and the account's credit follows what was learned.
 */
final class StoreCalls {

    private static final Duration UNBOUNDED = Duration.ofDays(1);

    private final RetryPolicy policy;
    private final Credit credit;

    StoreCalls(RetryPolicy policy, Credit credit) {
        this.policy = policy;
        this.credit = credit;
    }

    <T> T read(String what, Supplier<T> call) {
        return run(what, false, UNBOUNDED, remaining -> call.get());
    }

    /** A write: its success shows the account has credit again. */
    <T> T write(String what, Supplier<T> call) {
        return run(what, true, UNBOUNDED, remaining -> call.get());
    }

    /** A read that must be over within {@code timeout}, retries and waits included; each try gets what is left. */
    <T> T readWithin(String what, Duration timeout, Function<Duration, T> call) {
        return run(what, false, timeout, call);
    }

    private <T> T run(String what, boolean write, Duration budget, Function<Duration, T> call) {
        long deadline = System.nanoTime() + budget.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                T result = call.apply(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
                if (write) {
                    credit.written();
                }
                return result;
            } catch (S3Exception answered) {
                if (answered.statusCode() == 402) {
                    credit.exhausted();
                }
                Duration pause = policy.delay(attempt, HippiusErrors.retryAfter(answered));
                if (!HippiusErrors.isRetryable(answered) || attempt >= policy.attempts()
                        || System.nanoTime() + pause.toNanos() >= deadline) {
                    throw HippiusErrors.map(what, answered, attempt);
                }
                sleep(what, pause);
            } catch (SdkException unreachable) {
                throw new DependencyUnavailable("Hippius " + what + " failed: " + RedactedUri.scrub(unreachable.getMessage()), unreachable);
            }
        }
    }

    private void sleep(String what, Duration pause) {
        try {
            policy.sleeper().sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DependencyUnavailable("interrupted while Hippius " + what + " waited to retry", e);
        }
    }
}
