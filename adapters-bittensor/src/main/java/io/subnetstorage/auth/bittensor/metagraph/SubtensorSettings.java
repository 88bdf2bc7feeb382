package io.subnetstorage.auth.bittensor.metagraph;

import io.subnetstorage.auth.application.redaction.RedactedUri;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where and how often to read the metagraph. Defaults follow the deployed service: sync every 300 s,
 * retry after 60 s. {@code initialWait} bounds how long start-up blocks on the first sync.
 */
public record SubtensorSettings(URI endpoint, int netuid, Duration syncInterval, Duration retryDelay,
        Duration initialWait, Duration requestTimeout) {

    public static final Duration DEFAULT_SYNC_INTERVAL = Duration.ofSeconds(300);
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(60);
    public static final Duration DEFAULT_INITIAL_WAIT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(20);

    public SubtensorSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        String scheme = String.valueOf(endpoint.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.matches("https?|wss?") || endpoint.getHost() == null) {
            throw new IllegalArgumentException("subtensor endpoint must be http(s):// or ws(s)://host, got "
                    + RedactedUri.of(endpoint));
        }
        if (netuid < 0 || netuid > 0xFFFF) {
            throw new IllegalArgumentException("netuid is a u16, got " + netuid);
        }
        positive(syncInterval, "syncInterval");
        positive(retryDelay, "retryDelay");
        Objects.requireNonNull(initialWait, "initialWait");
        if (initialWait.isNegative()) {
            throw new IllegalArgumentException("initialWait must not be negative");
        }
        positive(requestTimeout, "requestTimeout");
    }

    /** Settings for a {@code BT_NETWORK} name with the default netuid and intervals. */
    public static SubtensorSettings forNetwork(String btNetwork) {
        return of(endpointFor(btNetwork), defaultNetuid(btNetwork));
    }

    public static SubtensorSettings of(URI endpoint, int netuid) {
        return new SubtensorSettings(endpoint, netuid, DEFAULT_SYNC_INTERVAL, DEFAULT_RETRY_DELAY,
                DEFAULT_INITIAL_WAIT, DEFAULT_REQUEST_TIMEOUT);
    }

    public static URI endpointFor(String btNetwork) {
        switch (network(btNetwork)) {
            case "finney":
                return URI.create("wss://entrypoint-finney.opentensor.ai:443");
            case "test":
                return URI.create("wss://test.finney.opentensor.ai:443");
            default:
                return URI.create("ws://127.0.0.1:9944");
        }
    }

    /** Subnet 46 on finney, 428 on test; a local chain has no default, so it gets 46 like finney. */
    public static int defaultNetuid(String btNetwork) {
        return "test".equals(network(btNetwork)) ? 428 : 46;
    }

    public SubtensorSettings withSyncInterval(Duration interval) {
        return new SubtensorSettings(endpoint, netuid, interval, retryDelay, initialWait, requestTimeout);
    }

    private static String network(String btNetwork) {
        String name = btNetwork == null ? "" : btNetwork.trim().toLowerCase(Locale.ROOT);
        if (!name.matches("finney|test|local")) {
            throw new IllegalArgumentException("BT_NETWORK must be finney, test or local, got '" + btNetwork + "'");
        }
        return name;
    }

    private static void positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
