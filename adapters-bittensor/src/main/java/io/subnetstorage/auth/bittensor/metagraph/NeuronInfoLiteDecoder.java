package io.subnetstorage.auth.bittensor.metagraph;

import io.subnetstorage.auth.domain.membership.Neuron;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the answer of {@code NeuronInfoRuntimeApi_get_neurons_lite}: a SCALE {@code Vec<NeuronInfoLite>}
 * (field order of pallets/subtensor/src/rpc_info/neuron_info.rs). Only the fields membership needs are
 * kept; the rest are still walked so that a layout change shows up as an error, not as shifted data.
 */
final class NeuronInfoLiteDecoder {

    private static final int ACCOUNT = 32;
    private static final int AXON_INFO = 8 + 4 + 16 + 2 + 1 + 1 + 1 + 1;
    private static final int PROMETHEUS_INFO = 8 + 4 + 16 + 2 + 1;
    private static final int STAKE_ENTRY_MIN = ACCOUNT + 1;
    private static final int NEURON_MIN = 2 * ACCOUNT + 3 + AXON_INFO + PROMETHEUS_INFO + 1 + 8 + 1 + 1;

    private NeuronInfoLiteDecoder() {
    }

    static List<Neuron> decode(byte[] scale, int expectedNetuid) {
        ScaleReader in = new ScaleReader(scale);
        int count = in.length(NEURON_MIN);
        List<Neuron> neurons = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            neurons.add(neuron(in, expectedNetuid));
        }
        in.expectEnd();
        return neurons;
    }

    private static Neuron neuron(ScaleReader in, int expectedNetuid) {
        int start = in.position();
        byte[] hotkey = in.bytes(ACCOUNT);
        byte[] coldkey = in.bytes(ACCOUNT);
        int uid = in.compactU16();
        int netuid = in.compactU16();
        if (netuid != expectedNetuid) {
            throw new ScaleException("neuron at offset " + start + " is on netuid " + netuid + ", asked " + expectedNetuid);
        }
        boolean active = in.bool();
        in.skip(AXON_INFO);
        in.skip(PROMETHEUS_INFO);
        long stake = stake(in);
        in.compactU16(); // rank
        in.compact(); // emission
        for (int i = 0; i < 5; i++) {
            in.compactU16(); // incentive, consensus, trust, validator_trust, dividends
        }
        in.compact(); // last_update
        boolean permit = in.bool();
        in.compactU16(); // pruning_score
        return new Neuron(uid, AccountIds.hotkey(hotkey), AccountIds.coldkey(coldkey), active, permit, stake);
    }

    /** The neuron's total alpha on the subnet: the sum over its (coldkey, amount) stake entries. */
    private static long stake(ScaleReader in) {
        int entries = in.length(STAKE_ENTRY_MIN);
        long total = 0;
        for (int i = 0; i < entries; i++) {
            in.skip(ACCOUNT);
            long amount = in.compact();
            if (total > Long.MAX_VALUE - amount) {
                throw new ScaleException("stake total overflows a signed 64-bit rao amount");
            }
            total += amount;
        }
        return total;
    }
}
