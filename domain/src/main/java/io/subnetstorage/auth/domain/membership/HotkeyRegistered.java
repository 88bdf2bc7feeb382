package io.subnetstorage.auth.domain.membership;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;

/** A miner must hold a registered hotkey on the subnet. */
public final class HotkeyRegistered {

    public Decision check(MetagraphSnapshot metagraph, Hotkey hotkey) {
        return metagraph.find(hotkey).isPresent() ? Decision.allow() : Decision.deny(ReasonCode.HOTKEY_NOT_REGISTERED);
    }
}
