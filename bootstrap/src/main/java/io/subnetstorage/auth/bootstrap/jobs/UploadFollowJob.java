package io.subnetstorage.auth.bootstrap.jobs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.subnetstorage.auth.application.port.in.mirror.FollowUploadGrantsUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Scans the folders of miners granted uploads since the last run (of any instance), every 15 seconds. */
@Singleton
@Requires(beans = FollowUploadGrantsUseCase.class)
class UploadFollowJob {

    private static final Logger LOG = LoggerFactory.getLogger(UploadFollowJob.class);

    private final FollowUploadGrantsUseCase follow;

    UploadFollowJob(FollowUploadGrantsUseCase follow) {
        this.follow = follow;
    }

    @Scheduled(fixedDelay = "15s", initialDelay = "15s")
    void run() {
        try {
            follow.follow().ifPresent(MirrorScanJob::log);
        } catch (RuntimeException e) {
            // The position is not moved: the next run reads the same grants.
            LOG.warn("Following upload grants for the mirrors did not finish: {}", e.getMessage());
        }
    }
}
