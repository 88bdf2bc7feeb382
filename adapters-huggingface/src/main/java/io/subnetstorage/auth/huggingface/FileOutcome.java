package io.subnetstorage.auth.huggingface;

import java.util.Objects;

/**
 * One file's result. {@code commitOid} is set for {@link FileStatus#COMMITTED}; {@code failure} for
 * {@link FileStatus#FAILED}; {@code reason} explains a conflict or a failure.
 */
public record FileOutcome(String path, FileStatus status, String commitOid, FailureKind failure, String reason) {

    public FileOutcome {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        if ((status == FileStatus.FAILED) != (failure != null)) {
            throw new IllegalArgumentException("a failure kind goes with FAILED and only with it");
        }
    }

    static FileOutcome committed(String path, String commitOid) {
        return new FileOutcome(path, FileStatus.COMMITTED, commitOid, null, null);
    }

    static FileOutcome alreadyPresent(String path) {
        return new FileOutcome(path, FileStatus.ALREADY_PRESENT, null, null, null);
    }

    static FileOutcome conflict(String path, String hubOid) {
        return new FileOutcome(path, FileStatus.CONFLICT, null, null,
                "the Hub holds other content at this path (oid " + hubOid + "); not overwritten");
    }

    static FileOutcome failed(String path, FailureKind failure, String reason) {
        return new FileOutcome(path, FileStatus.FAILED, null, failure, reason);
    }
}
