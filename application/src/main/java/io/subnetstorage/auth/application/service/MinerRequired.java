package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.ValidatorMinerCommand;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.ReasonCode;

/**
 * The miner a validator asks about is part of the signed commitment, so without it there is nothing
 * to verify: refused before any check, as deployed ({@code 400 miner_hotkey is required}).
 */
final class MinerRequired {

    private MinerRequired() {
    }

    static Hotkey of(ValidatorMinerCommand command) {
        return command.miner().orElseThrow(() -> new AccessRefused(ReasonCode.MINER_HOTKEY_MISSING, Role.VALIDATOR));
    }
}
