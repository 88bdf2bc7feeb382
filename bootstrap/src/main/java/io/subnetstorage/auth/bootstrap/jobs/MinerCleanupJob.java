package io.subnetstorage.auth.bootstrap.jobs;

import io.micronaut.scheduling.annotation.Scheduled;
import io.subnetstorage.auth.application.port.in.CleanupDepartedMinersUseCase;
import io.subnetstorage.auth.application.port.in.CleanupReport;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the cleanup of departed miners every quarter of an hour on the scheduler's own threads. Due dates are
 * days apart, so the interval only bounds how late a cleanup can be; the use case takes care that one
 * instance at a time runs it.
 */
@Singleton
class MinerCleanupJob {

    private static final Logger LOG = LoggerFactory.getLogger(MinerCleanupJob.class);

    private final CleanupDepartedMinersUseCase cleanup;

    MinerCleanupJob(CleanupDepartedMinersUseCase cleanup) {
        this.cleanup = cleanup;
    }

    @Scheduled(fixedDelay = "15m", initialDelay = "2m")
    void run() {
        try {
            Optional<CleanupReport> report = cleanup.run();
            report.filter(done -> done.archived() > 0).ifPresent(done ->
                    LOG.info("Miner cleanup: {} registrations archived, {} objects deleted", done.archived(), done.objectsDeleted()));
        } catch (RuntimeException e) {
            // The next run finishes what this one could not: the job is idempotent.
            LOG.warn("Miner cleanup did not finish: {}", e.getMessage());
        }
    }
}
