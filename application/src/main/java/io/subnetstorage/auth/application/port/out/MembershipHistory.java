package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.MembershipIntervals;

/**
 * When a hotkey was on the metagraph, as the miner registry recorded it from the snapshots it followed:
 * "was it a member when it signed?" (SPEC §9). Throws {@link DependencyUnavailable} when the registry is down.
 */
public interface MembershipHistory {

    MembershipIntervals intervalsOf(Hotkey hotkey);
}
