package io.subnetstorage.auth.bootstrap.lifecycle;

import io.micronaut.context.exceptions.ConfigurationException;
import io.subnetstorage.auth.application.redaction.RedactedUri;
import java.net.BindException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A failed start told in one line an operator can act on, not a stack trace: the message of the configuration error
 * that caused it (they name the variable), else what went wrong at the bottom of the chain. URLs lose their user
 * info and query, where secrets live.
 */
final class StartupFailure {

    static final String PREFIX = "Subnet Storage Auth did not start: ";

    private StartupFailure() {
    }

    /** {@code httpAddress} ({@code host:port}) names what was busy when the HTTP port could not be bound. */
    static String describe(Throwable failure, String httpAddress) {
        ConfigurationException configuration = null;
        BindException bind = null;
        Throwable root = failure;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof ConfigurationException c) {
                configuration = c;
            }
            if (t instanceof BindException b) {
                bind = b;
            }
            root = t;
        }
        String line;
        if (configuration != null) {
            line = firstLine(configuration.getMessage()).orElse("invalid configuration");
        } else if (bind != null) {
            line = "cannot listen on " + httpAddress + " (" + firstLine(bind.getMessage()).orElse("in use")
                    + "); free it, or set PORT (and HOST)";
        } else {
            line = root.getClass().getSimpleName() + firstLine(root.getMessage()).map(m -> ": " + m).orElse("");
        }
        return PREFIX + RedactedUri.scrub(line);
    }

    private static Optional<String> firstLine(String message) {
        if (message == null || message.isBlank()) {
            return Optional.empty();
        }
        return message.strip().lines().findFirst();
    }
}
