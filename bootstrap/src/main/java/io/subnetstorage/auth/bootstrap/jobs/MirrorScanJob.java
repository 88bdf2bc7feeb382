package io.subnetstorage.auth.bootstrap.jobs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.subnetstorage.auth.application.port.in.mirror.MirrorScanReport;
import io.subnetstorage.auth.application.port.in.mirror.ScanForMirrorsUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks every few seconds whether a full mirror scan is due. MIRROR_SCAN_INTERVAL is measured from the last scan
 * of any instance (kept in the database), so instances together scan once an interval; the tick only bounds how
 * late. On the scheduler's threads, never the event loop.
 */
@Singleton
@Requires(beans = ScanForMirrorsUseCase.class)
class MirrorScanJob {

    private static final Logger LOG = LoggerFactory.getLogger(MirrorScanJob.class);

    private final ScanForMirrorsUseCase scan;

    MirrorScanJob(ScanForMirrorsUseCase scan) {
        this.scan = scan;
    }

    @Scheduled(fixedDelay = "2s", initialDelay = "5s")
    void run() {
        try {
            scan.scanIfDue().ifPresent(MirrorScanJob::log);
        } catch (RuntimeException e) {
            // Not marked done: the next tick scans again.
            LOG.warn("Mirror scan did not finish: {}", e.getMessage());
        }
    }

    static void log(MirrorScanReport report) {
        if (report.failedFolders() > 0) {
            LOG.warn("Mirror scan: {} folders listed, {} objects, {} new for a mirror; {} folders could not be listed (last: {})",
                    report.folders(), report.objectsFound(), report.discovered(), report.failedFolders(), report.lastFailure().orElse(""));
        } else if (report.discovered() > 0) {
            LOG.info("Mirror scan: {} folders listed, {} objects, {} new for a mirror", report.folders(), report.objectsFound(),
                    report.discovered());
        }
    }
}
