package io.subnetstorage.auth.bittensor.metagraph;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.membership.Neuron;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds snapshots, refusing duplicate uids or hotkeys: the snapshot would otherwise keep one silently. */
final class Snapshots {

    private Snapshots() {
    }

    static MetagraphSnapshot of(int netuid, List<Neuron> neurons, long block, Instant syncedAt) {
        Set<Integer> uids = new HashSet<>();
        Set<Hotkey> hotkeys = new HashSet<>();
        for (Neuron neuron : neurons) {
            if (!uids.add(neuron.uid())) {
                throw new IllegalArgumentException("uid " + neuron.uid() + " appears twice");
            }
            if (!hotkeys.add(neuron.hotkey())) {
                throw new IllegalArgumentException("hotkey " + neuron.hotkey() + " appears twice");
            }
        }
        return new MetagraphSnapshot(netuid, neurons, block, syncedAt);
    }
}
