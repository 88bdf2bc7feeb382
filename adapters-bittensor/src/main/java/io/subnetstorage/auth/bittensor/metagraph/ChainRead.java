package io.subnetstorage.auth.bittensor.metagraph;

import io.subnetstorage.auth.domain.membership.Neuron;
import java.util.List;
import java.util.Optional;

/** The neurons read at one block; {@code degradedBy} says why they came from a fallback path. */
record ChainRead(List<Neuron> neurons, long block, Optional<String> degradedBy) {

    ChainRead {
        neurons = List.copyOf(neurons);
    }
}
