package io.subnetstorage.auth.bootstrap.jobs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.subnetstorage.auth.application.port.in.migration.RunMigrationsUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every two seconds, starts a runner for each migration with work that no instance runs: a new one, one an operator
 * resumed, a rollback, or one whose runner died with its instance (a restart resumes it here). The runners hold the
 * migration's advisory lock, so instances never run one twice.
 */
@Singleton
@Requires(beans = RunMigrationsUseCase.class)
class MigrationJob {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationJob.class);

    private final RunMigrationsUseCase runners;

    MigrationJob(RunMigrationsUseCase runners) {
        this.runners = runners;
    }

    @Scheduled(fixedDelay = "2s", initialDelay = "3s")
    void run() {
        try {
            runners.startDue();
        } catch (RuntimeException e) {
            // The ledger is away: the next tick asks again.
            LOG.warn("Migrations could not be looked at: {}", e.getMessage());
        }
    }
}
