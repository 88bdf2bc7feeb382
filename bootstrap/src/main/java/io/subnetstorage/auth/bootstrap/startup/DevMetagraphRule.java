package io.subnetstorage.auth.bootstrap.startup;

import io.micronaut.context.exceptions.ConfigurationException;
import java.util.List;
import java.util.Optional;

/**
 * SPEC §6 safety rule: the development metagraph's keys are public (//Alice, //Bob), so it must never
 * authorise access to real data. With any real backend configured it is refused unless DEV_MODE=true.
 */
final class DevMetagraphRule {

    private DevMetagraphRule() {
    }

    /** Returns the banner to print when development mode lets it through; throws when it is refused. */
    static Optional<String> check(boolean usesDevMetagraph, List<String> realBackends, boolean devMode) {
        if (!usesDevMetagraph || realBackends.isEmpty()) {
            return Optional.empty();
        }
        if (!devMode) {
            throw new ConfigurationException("Refusing to start: the development metagraph (public //Alice and //Bob "
                    + "keys) cannot guard real backends (" + String.join(", ", realBackends) + "). Set METAGRAPH_FILE, "
                    + "BT_NETWORK or SUBTENSOR_ENDPOINT for a real metagraph, or DEV_MODE=true to accept the risk.");
        }
        return Optional.of("DEV_MODE=true: the development metagraph (public keys) guards real backends ("
                + String.join(", ", realBackends) + "). Anyone can sign as //Alice or //Bob. Never do this in production.");
    }
}
