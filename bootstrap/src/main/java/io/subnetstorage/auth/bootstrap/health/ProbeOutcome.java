package io.subnetstorage.auth.bootstrap.health;

import io.subnetstorage.auth.application.port.out.storage.StoreHealth;
import java.util.Optional;

/** What one check of a dependency found: reachable or not, how long the check took, and why it failed. */
public record ProbeOutcome(boolean ok, long latencyMillis, Optional<String> error) {

    static ProbeOutcome of(StoreHealth health) {
        return new ProbeOutcome(health.ok(), health.latencyMillis(), health.error());
    }

    static ProbeOutcome failed(long latencyMillis, String error) {
        return new ProbeOutcome(false, latencyMillis, Optional.of(error));
    }

    /** The same check, failed for a reason found outside it. */
    ProbeOutcome failedBecause(String reason) {
        return failed(latencyMillis, reason);
    }
}
