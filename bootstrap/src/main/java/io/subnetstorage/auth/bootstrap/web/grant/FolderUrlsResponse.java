package io.subnetstorage.auth.bootstrap.web.grant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;
import java.util.Map;

/** {@code /get-folder-presigned-urls}: every miner's job folders, each with a presigned listing. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record FolderUrlsResponse(
        String validatorHotkey, String bucket, long expirySeconds, String expiryTime, int totalMiners, Map<String, MinerFolder> folderUrls) {

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    /** {@code truncated}: the miner has more job folders than MAX_JOB_FOLDERS_PER_MINER; the first ones are listed. */
    record MinerFolder(String minerPath, List<JobFolder> jobFolders, int totalJobs, boolean truncated) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record JobFolder(String jobId, String path, String presignedUrl) {
    }
}
