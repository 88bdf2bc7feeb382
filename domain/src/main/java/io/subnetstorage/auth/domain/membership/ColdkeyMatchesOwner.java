package io.subnetstorage.auth.domain.membership;

import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;

/**
 * The coldkey a miner names must own its hotkey on chain. The deployed service never checked it, so
 * this policy is switched on by configuration; an unregistered hotkey is left to {@link HotkeyRegistered}.
 */
public final class ColdkeyMatchesOwner {

    public Decision check(MetagraphSnapshot metagraph, Hotkey hotkey, Coldkey claimed) {
        return metagraph.find(hotkey)
                .filter(neuron -> !neuron.coldkey().equals(claimed))
                .map(mismatch -> Decision.deny(ReasonCode.COLDKEY_NOT_OWNER))
                .orElse(Decision.allow());
    }
}
