package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.ColdkeyMatchesOwner;
import io.subnetstorage.auth.domain.membership.HotkeyRegistered;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.policy.Decision;
import java.util.Optional;

/** The membership policies of each role, composed: the first denial explains the refusal. */
final class MembershipPolicies {

    private final HotkeyRegistered registered = new HotkeyRegistered();
    private final ColdkeyMatchesOwner coldkeyOwner = new ColdkeyMatchesOwner();
    private final AdmissionRules rules;

    MembershipPolicies(AdmissionRules rules) {
        this.rules = rules;
    }

    Decision check(MetagraphSnapshot metagraph, Role role, Hotkey hotkey, Optional<Coldkey> claimedColdkey) {
        if (role == Role.VALIDATOR) {
            return rules.validatorRule().check(metagraph, hotkey);
        }
        return registered.check(metagraph, hotkey).and(() -> rules.checkColdkeyOwner() && claimedColdkey.isPresent()
                ? coldkeyOwner.check(metagraph, hotkey, claimedColdkey.get())
                : Decision.allow());
    }
}
