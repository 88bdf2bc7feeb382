package io.subnetstorage.auth.application.port.in;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.Optional;

/**
 * One file a miner announces before uploading it: its key relative to the miner's folder
 * ({@code job_id={job_id}/{filename}}), its size when known, its SHA-256 (lower-case hex) when given,
 * which the PUT then signs as {@code x-amz-meta-sha256}, and the miner's attribution of it (SPEC §9).
 */
public record UploadFile(String jobId, String fileName, OptionalLong size, Optional<String> sha256, Optional<AttributionProof> attribution) {

    public UploadFile {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(attribution, "attribution");
    }

    public UploadFile(String jobId, String fileName, OptionalLong size, Optional<String> sha256) {
        this(jobId, fileName, size, sha256, Optional.empty());
    }
}
