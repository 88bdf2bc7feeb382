package io.subnetstorage.auth.application.port.in.migration;

/**
 * Starts a runner for every migration with work (queued, running, rolling back) that no instance runs yet: at most
 * one runner per migration across instances. Runners work in the background and stop when the migration is paused,
 * done, failed or rolled back, or {@link #stop()} is called.
 */
public interface RunMigrationsUseCase {

    /** How many runners this call started here. */
    int startDue();

    /** Stops this instance's runners; what they had not committed is redone by the next runner. */
    void stop();
}
