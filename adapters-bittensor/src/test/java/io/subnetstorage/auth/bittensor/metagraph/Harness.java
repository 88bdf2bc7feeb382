package io.subnetstorage.auth.bittensor.metagraph;

import io.subnetstorage.auth.application.testing.Eventually;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Short intervals so refresh, retry and timeout paths run in milliseconds against the fake node. */
final class Harness {

    static final Hotkey ALICE = Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    static final Hotkey CHARLIE = Hotkey.of("5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y");
    static final Hotkey FERDIE = Hotkey.of("5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL");

    /** Far above a loopback reply, even on a busy 2-core CI machine; the "slow" fault waits much longer. */
    static final long REQUEST_TIMEOUT_MILLIS = 1_500;
    static final long SLOW_REPLY_MILLIS = 4_000;
    static final String TIMED_OUT = "within " + REQUEST_TIMEOUT_MILLIS + " ms";

    private Harness() {
    }

    static SubtensorSettings settings(URI endpoint, long requestTimeoutMillis) {
        return new SubtensorSettings(endpoint, 46, Duration.ofMillis(100), Duration.ofMillis(50),
                Duration.ofSeconds(3), Duration.ofMillis(requestTimeoutMillis));
    }

    static RefreshingMetagraphSource start(URI endpoint, List<Consumer<MetagraphSnapshot>> listeners) {
        return RefreshingMetagraphSource.start(settings(endpoint, REQUEST_TIMEOUT_MILLIS), Clock.systemUTC(), listeners);
    }

    /** The first sync runs in the background; on a loaded machine it may finish after start() returns. */
    static MetagraphSnapshot snapshot(RefreshingMetagraphSource source) {
        Eventually.until(() -> source.current().isPresent(), () -> "no snapshot; status " + source.status());
        return source.current().orElseThrow(() -> new AssertionError("no snapshot; status " + source.status()));
    }

    static boolean has(RefreshingMetagraphSource source, Hotkey hotkey) {
        return source.current().flatMap(s -> s.find(hotkey)).isPresent();
    }

    static boolean degradedWith(RefreshingMetagraphSource source, String text) {
        return source.status().degraded() && source.status().lastError().orElse("").contains(text);
    }
}
