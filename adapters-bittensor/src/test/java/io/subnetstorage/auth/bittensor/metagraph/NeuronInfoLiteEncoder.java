package io.subnetstorage.auth.bittensor.metagraph;

import io.subnetstorage.auth.domain.membership.Neuron;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;

/**
 * Test-side SCALE encoder of {@code Vec<NeuronInfoLite>}, written from the layout, not from the decoder.
 * Fields membership does not use are filled exactly as {@code metagraph.js} fills them, so re-encoding
 * decoded neurons must reproduce the polkadot-js bytes bit for bit.
 */
final class NeuronInfoLiteEncoder {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static byte[] encode(int netuid, List<Neuron> neurons) {
        NeuronInfoLiteEncoder e = new NeuronInfoLiteEncoder();
        e.compact(neurons.size());
        for (Neuron n : neurons) {
            e.neuron(netuid, n, List.of(n.stakeRao()));
        }
        return e.out.toByteArray();
    }

    /** One neuron with several stake entries, all from its coldkey. */
    static byte[] encodeWithStakes(int netuid, Neuron n, List<Long> stakes) {
        NeuronInfoLiteEncoder e = new NeuronInfoLiteEncoder();
        e.compact(1);
        e.neuron(netuid, n, stakes);
        return e.out.toByteArray();
    }

    private void neuron(int netuid, Neuron n, List<Long> stakes) {
        byte[] coldkey = AccountIds.accountId(n.coldkey().value());
        out.writeBytes(AccountIds.accountId(n.hotkey().value()));
        out.writeBytes(coldkey);
        compact(n.uid());
        compact(netuid);
        out.write(n.active() ? 1 : 0);
        le(4_000_000 + n.uid(), 8).le(901, 4).le(0x7f000001L, 16).le(8091, 2).le(4, 1).le(4, 1).le(0, 1).le(0, 1);
        le(0, 8).le(0, 4).le(0, 16).le(0, 2).le(0, 1);
        compact(stakes.size());
        for (long stake : stakes) {
            out.writeBytes(coldkey);
            compact(stake);
        }
        compact(0); // rank
        compact(1_000_000L * (n.uid() + 1)); // emission
        compact(1000 + n.uid()); // incentive
        compact(100); // consensus
        compact(0); // trust
        compact(n.validatorPermit() ? 60000 : 0);
        compact(n.validatorPermit() ? 30000 : 0);
        compact(5_000_000 + n.uid()); // last_update
        out.write(n.validatorPermit() ? 1 : 0);
        compact(65535); // pruning_score
    }

    private NeuronInfoLiteEncoder le(long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write(i < 8 ? (int) (value >>> (8 * i)) : 0);
        }
        return this;
    }

    /** SCALE compact, from the spec's four modes; used for u16, u64 and lengths alike. */
    void compact(long value) {
        if (value < 1 << 6) {
            le(value << 2, 1);
        } else if (value < 1 << 14) {
            le(value << 2 | 1, 2);
        } else if (value < 1L << 30) {
            le(value << 2 | 2, 4);
        } else {
            byte[] big = BigInteger.valueOf(value).toByteArray();
            int length = big[0] == 0 ? big.length - 1 : big.length;
            out.write((length - 4) << 2 | 3);
            le(value, length);
        }
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
