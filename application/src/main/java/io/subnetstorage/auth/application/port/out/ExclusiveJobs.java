package io.subnetstorage.auth.application.port.out;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a job on one instance at a time across every instance sharing the database (a PostgreSQL advisory
 * lock): another instance already running it makes this call skip.
 */
public interface ExclusiveJobs {

    /** True when {@code work} ran here; false when another instance holds the job. */
    boolean runIfFree(String job, Runnable work);

    /** What {@code work} answered when it ran here; empty when another instance holds the job. */
    default <T> Optional<T> callIfFree(String job, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        return runIfFree(job, () -> result.set(work.get())) ? Optional.of(result.get()) : Optional.empty();
    }
}
