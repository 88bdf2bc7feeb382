package io.subnetstorage.auth.huggingface;

/**
 * Why a Hub call or a file failed, as data a caller can count and act on. {@link #stopsRun()} tells
 * whether the remaining batches of the same call are worth trying: after a refused token or a Hub that
 * stayed down through every retry they are not, so a bad deployment makes one request, not thousands.
 */
public enum FailureKind {
    UNAUTHORIZED(true),
    FORBIDDEN(true),
    NOT_FOUND(true),
    RATE_LIMITED(true),
    UNAVAILABLE(true),
    INTERRUPTED(true),
    /** The Hub refused this batch or file for its content (a 4xx other than the ones above). */
    REJECTED(false),
    /** The source's bytes do not match the size and SHA-256 the caller declared. */
    CONTENT_MISMATCH(false),
    SOURCE_UNREADABLE(false);

    private final boolean stopsRun;

    FailureKind(boolean stopsRun) {
        this.stopsRun = stopsRun;
    }

    public boolean stopsRun() {
        return stopsRun;
    }
}
