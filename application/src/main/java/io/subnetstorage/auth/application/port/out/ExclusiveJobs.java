package io.subnetstorage.auth.application.port.out;

/**
 * Runs a job on one instance at a time across every instance sharing the database (a PostgreSQL advisory
 * lock): another instance already running it makes this call skip.
 */
public interface ExclusiveJobs {

    /** True when {@code work} ran here; false when another instance holds the job. */
    boolean runIfFree(String job, Runnable work);
}
