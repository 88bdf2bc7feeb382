package io.subnetstorage.auth.bootstrap.jobs;

import io.micronaut.scheduling.annotation.Scheduled;
import io.subnetstorage.auth.application.port.in.SweepUnboundedUploadsUseCase;
import io.subnetstorage.auth.application.port.in.UploadSweepReport;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the size check of uploads through URLs without a size (SPEC §7) every ten minutes on the scheduler's
 * own threads. Only PUT stores hand out such URLs; with none configured a run finds nothing to do. The use case
 * takes care that one instance at a time runs it.
 */
@Singleton
class UnboundedUploadSweepJob {

    private static final Logger LOG = LoggerFactory.getLogger(UnboundedUploadSweepJob.class);

    private final SweepUnboundedUploadsUseCase sweep;

    UnboundedUploadSweepJob(SweepUnboundedUploadsUseCase sweep) {
        this.sweep = sweep;
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "3m")
    void run() {
        try {
            Optional<UploadSweepReport> report = sweep.run();
            report.filter(done -> done.checked() > 0 || done.deferred() > 0).ifPresent(done -> LOG.info(
                    "Upload size check: {} within range, {} absent, {} deleted, {} left for a later run (store unavailable or refusing)",
                    done.ok(), done.absent(), done.deleted(), done.deferred()));
        } catch (RuntimeException e) {
            // What is not recorded is checked by the next run.
            LOG.warn("Upload size check did not finish: {}", e.getMessage());
        }
    }
}
