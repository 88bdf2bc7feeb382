package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import java.time.Instant;

/**
 * The durable list of miners, following the metagraph: new hotkeys are added, hotkeys that left the
 * subnet are marked deregistered with a timestamp, and nothing is deleted.
 */
public interface MinerRegistry {

    void reconcile(MetagraphSnapshot snapshot, Instant now);
}
