package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Every miner's job folders with presigned listings, keyed by miner hotkey text in listing order. */
public record MinerFolders(Hotkey validator, String bucket, Duration validity, Instant expiresAt, Map<String, MinerJobs> miners) {

    /** One miner's folder and its job folders; {@code truncated} when it has more than the per-miner cap. */
    public record MinerJobs(String minerPath, List<JobFolder> jobs, boolean truncated) {
    }

    /** One {@code job_id=...} folder and a presigned listing of it. */
    public record JobFolder(String jobId, String path, URI presignedUrl) {
    }
}
