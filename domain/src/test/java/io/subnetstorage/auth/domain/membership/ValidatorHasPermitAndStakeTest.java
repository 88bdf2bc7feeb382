package io.subnetstorage.auth.domain.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidatorHasPermitAndStakeTest {

    private static final Hotkey HOTKEY = Hotkey.of("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty");
    private final ValidatorHasPermitAndStake rule = ValidatorHasPermitAndStake.ofAlpha(20_000);

    private MetagraphSnapshot with(boolean permit, long stakeRao) {
        return new MetagraphSnapshot(46, List.of(new Neuron(1, HOTKEY, Coldkey.of(HOTKEY.value()), true, permit, stakeRao)), 1, Instant.EPOCH);
    }

    @Test
    void stakeMustBeStrictlyAboveTheThreshold() {
        long threshold = 20_000 * ValidatorHasPermitAndStake.RAO_PER_ALPHA;
        assertEquals(Optional.of(ReasonCode.STAKE_AT_OR_BELOW_THRESHOLD), rule.check(with(true, threshold), HOTKEY).reason());
        assertTrue(rule.check(with(true, threshold + 1), HOTKEY).allowed());
    }

    @Test
    void aPermitIsRequiredWhateverTheStake() {
        assertEquals(Optional.of(ReasonCode.NO_VALIDATOR_PERMIT), rule.check(with(false, Long.MAX_VALUE), HOTKEY).reason());
    }

    @Test
    void anUnregisteredHotkeyIsNotAValidator() {
        var empty = new MetagraphSnapshot(46, List.of(), 1, Instant.EPOCH);
        assertEquals(Optional.of(ReasonCode.HOTKEY_NOT_REGISTERED), rule.check(empty, HOTKEY).reason());
    }
}
