package io.subnetstorage.auth.application.migration;

/**
 * The destination cannot take this migration's writes at all (402 out of credit, 403 the key refused): the run stops
 * and the migration is paused with {@code reason} until an operator resumes it. Nothing of the object is recorded.
 */
final class Halt extends RuntimeException {

    private final String reason;

    Halt(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
