package io.subnetstorage.auth.domain.membership;

import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.Objects;

/** One registered neuron of the subnet, as the metagraph reports it. Stake is in rao of alpha. */
public record Neuron(int uid, Hotkey hotkey, Coldkey coldkey, boolean active, boolean validatorPermit, long stakeRao) {

    public Neuron {
        Objects.requireNonNull(hotkey, "hotkey");
        Objects.requireNonNull(coldkey, "coldkey");
        if (uid < 0 || stakeRao < 0) {
            throw new IllegalArgumentException("uid and stake are not negative");
        }
    }
}
