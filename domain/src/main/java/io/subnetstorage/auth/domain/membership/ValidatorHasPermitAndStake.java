package io.subnetstorage.auth.domain.membership;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.util.Optional;

/** A validator is registered, holds a validator permit, and has stake strictly above the threshold. */
public record ValidatorHasPermitAndStake(long minimumStakeRao) {

    public static final long RAO_PER_ALPHA = 1_000_000_000L;

    public ValidatorHasPermitAndStake {
        if (minimumStakeRao < 0) {
            throw new IllegalArgumentException("the stake threshold is not negative");
        }
    }

    public static ValidatorHasPermitAndStake ofAlpha(long alpha) {
        return new ValidatorHasPermitAndStake(Math.multiplyExact(alpha, RAO_PER_ALPHA));
    }

    public Decision check(MetagraphSnapshot metagraph, Hotkey hotkey) {
        Optional<Neuron> neuron = metagraph.find(hotkey);
        if (neuron.isEmpty()) {
            return Decision.deny(ReasonCode.HOTKEY_NOT_REGISTERED);
        }
        if (!neuron.get().validatorPermit()) {
            return Decision.deny(ReasonCode.NO_VALIDATOR_PERMIT);
        }
        return neuron.get().stakeRao() > minimumStakeRao
                ? Decision.allow()
                : Decision.deny(ReasonCode.STAKE_AT_OR_BELOW_THRESHOLD);
    }
}
