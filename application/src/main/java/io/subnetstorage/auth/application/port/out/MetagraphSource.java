package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import java.util.Optional;

/** The newest metagraph snapshot the service holds. Never blocks on the chain: refreshing happens elsewhere. */
public interface MetagraphSource {

    Optional<MetagraphSnapshot> current();

    /** What {@code /healthcheck} reports about the source: healthy, or degraded with why. */
    MetagraphStatus status();
}
