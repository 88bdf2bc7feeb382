package io.subnetstorage.auth.huggingface;

/** A Hub call that failed for good (after the retries its kind allows); the message says what to check. */
public final class HubException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final int status;

    public HubException(FailureKind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    public FailureKind kind() {
        return kind;
    }

    /** The last HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }
}
