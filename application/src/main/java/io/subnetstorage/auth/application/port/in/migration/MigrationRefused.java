package io.subnetstorage.auth.application.port.in.migration;

import java.util.Objects;

/** An operator's migration request the service will not carry out, and why; the HTTP layer maps the reason. */
public final class MigrationRefused extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** No such migration. */
        NOT_FOUND,
        /** The request cannot be carried out as asked (a store not configured, a source that cannot list all miners). */
        INVALID,
        /** Not in the state this needs (resuming a finished migration, rolling back a dry run). */
        WRONG_STATE,
        /** Rollback while the destination is an upload, read or mirror store. */
        DESTINATION_IN_USE
    }

    private final Reason reason;

    public MigrationRefused(Reason reason, String detail) {
        super(detail);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
