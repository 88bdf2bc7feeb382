package io.subnetstorage.auth.domain.attribution;

import io.subnetstorage.auth.domain.membership.MembershipIntervals;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;

/**
 * The attributing hotkey was on the metagraph at the attribution's timestamp, not merely now: a key that
 * left the subnet cannot back-date claims, and a newcomer cannot claim files from before it joined.
 */
public final class OnMetagraphWhenSigned {

    public Decision check(MembershipIntervals history, Attribution attribution) {
        return history.coversSecond(attribution.timestamp()) ? Decision.allow() : Decision.deny(ReasonCode.ATTRIBUTION_NOT_REGISTERED);
    }
}
