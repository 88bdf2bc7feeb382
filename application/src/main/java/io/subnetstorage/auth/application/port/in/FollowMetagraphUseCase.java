package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;

/** Called with every new metagraph snapshot: registrations follow it, unless the snapshot looks wrong. */
public interface FollowMetagraphUseCase {

    /** True when the snapshot was accepted and registrations followed it. */
    boolean follow(MetagraphSnapshot snapshot);
}
