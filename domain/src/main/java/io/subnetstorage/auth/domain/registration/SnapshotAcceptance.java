package io.subnetstorage.auth.domain.registration;

import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.util.OptionalInt;

/**
 * Whether a metagraph snapshot may change registrations (SPEC §8): not empty, of this subnet, and not more
 * than 10 % of miners short of the membership 24 h earlier. A chain node answering garbage must not
 * schedule the cleanup of every miner at once.
 */
public final class SnapshotAcceptance {

    private final int netuid;

    public SnapshotAcceptance(int netuid) {
        this.netuid = netuid;
    }

    public Decision check(MetagraphSnapshot snapshot, OptionalInt membershipADayEarlier) {
        if (snapshot.size() == 0) {
            return Decision.deny(ReasonCode.SNAPSHOT_EMPTY);
        }
        if (snapshot.netuid() != netuid) {
            return Decision.deny(ReasonCode.SNAPSHOT_OTHER_NETUID);
        }
        if (membershipADayEarlier.isPresent() && snapshot.size() * 10L < membershipADayEarlier.getAsInt() * 9L) {
            return Decision.deny(ReasonCode.SNAPSHOT_SHRANK);
        }
        return Decision.allow();
    }
}
