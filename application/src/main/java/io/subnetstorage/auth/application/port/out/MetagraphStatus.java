package io.subnetstorage.auth.application.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * How the metagraph source is doing. {@code degraded} is true when the last refresh failed, or the
 * facts came from a fallback path (storage maps instead of the runtime API).
 */
public record MetagraphStatus(String source, boolean degraded, Optional<Instant> lastSync, Optional<String> lastError) {

    public static MetagraphStatus healthy(String source, Instant lastSync) {
        return new MetagraphStatus(source, false, Optional.of(lastSync), Optional.empty());
    }
}
