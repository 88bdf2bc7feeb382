package io.subnetstorage.auth.application.port.out.storage;

import java.util.Objects;

/**
 * The store answered and refused for good: retrying the same call would get the same answer. Unlike
 * {@code DependencyUnavailable}, which is worth a retry later.
 */
public class StoreRefused extends RuntimeException {

    /** Why, in the terms the service acts on. */
    public enum Reason {
        /** The account is out of credit (Hippius 402): writes stop until an operator acts. */
        NO_CREDIT,
        /** The key is not allowed to do this (403): a rotated or revoked key, or a foreign bucket. */
        ACCESS_DENIED,
        /** The store does not accept this key, name or value (400). */
        INVALID_REQUEST,
        /** The bucket or object does not exist (404). */
        NOT_FOUND,
        /** Something else the store will not do. */
        OTHER
    }

    private final Reason reason;
    private final String code;

    public StoreRefused(Reason reason, String code, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.code = Objects.requireNonNull(code, "code");
    }

    public Reason reason() {
        return reason;
    }

    /** The store's own error code, e.g. {@code InsufficientAccountCredit}. */
    public String code() {
        return code;
    }
}
