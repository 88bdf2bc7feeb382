package io.subnetstorage.auth.application.port.out;

/** An outbound dependency (Redis, PostgreSQL, the store) could not be reached or did not answer in time. */
public class DependencyUnavailable extends RuntimeException {

    public DependencyUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public DependencyUnavailable(String message) {
        super(message);
    }
}
