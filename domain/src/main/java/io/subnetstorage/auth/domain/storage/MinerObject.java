package io.subnetstorage.auth.domain.storage;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.Objects;
import java.util.Optional;

/**
 * A file a miner uploads: {@code data/hotkey={hotkey}/job_id={job_id}/{filename}} (SPEC §7), where the job
 * id and the file name are single path segments that every store accepts.
 */
public record MinerObject(Hotkey miner, String jobId, String fileName) {

    public static final String JOB_FOLDER = "job_id=";

    public MinerObject {
        Objects.requireNonNull(miner, "miner");
        if (!PathSegment.isValid(jobId)) {
            throw new IllegalArgumentException("invalid job_id");
        }
        if (!PathSegment.isValid(fileName)) {
            throw new IllegalArgumentException("invalid filename");
        }
    }

    /** A key relative to the miner's folder, {@code job_id={job_id}/{filename}}, as {@code files} entries give it. */
    public static Optional<MinerObject> ofRelativeKey(Hotkey miner, String relative) {
        if (relative == null || !relative.startsWith(JOB_FOLDER)) {
            return Optional.empty();
        }
        int slash = relative.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String jobId = relative.substring(JOB_FOLDER.length(), slash);
        String fileName = relative.substring(slash + 1);
        return PathSegment.isValid(jobId) && PathSegment.isValid(fileName)
                ? Optional.of(new MinerObject(miner, jobId, fileName)) : Optional.empty();
    }

    public ObjectKey key() {
        return new ObjectKey(FolderPrefix.ofMiner(miner).value() + JOB_FOLDER + jobId + "/" + fileName);
    }
}
