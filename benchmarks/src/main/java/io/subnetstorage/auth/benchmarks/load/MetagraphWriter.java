package io.subnetstorage.auth.benchmarks.load;

import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;

/**
 * Writes the run's metagraph in the METAGRAPH_FILE shape (SPEC §6): every miner active without a
 * permit, every validator with a permit and stake well above the 20,000 alpha threshold.
 */
final class MetagraphWriter {

    private static final String VALIDATOR_STAKE_RAO = "25000000000000";
    private static final String MINER_STAKE_RAO = "12000000000";

    private MetagraphWriter() {
    }

    static void write(BenchKeys keys, int netuid, Path file) throws IOException {
        StringJoiner neurons = new StringJoiner(",\n    ", "[\n    ", "\n  ]");
        int uid = 0;
        for (Sr25519Keypair validator : keys.validators()) {
            neurons.add(neuron(uid++, validator.address(), keys.coldkey().address(), true, VALIDATOR_STAKE_RAO));
        }
        for (Sr25519Keypair miner : keys.miners()) {
            neurons.add(neuron(uid++, miner.address(), keys.coldkey().address(), false, MINER_STAKE_RAO));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, "{\n  \"netuid\": " + netuid + ",\n  \"neurons\": " + neurons + "\n}\n");
    }

    private static String neuron(int uid, String hotkey, String coldkey, boolean permit, String stake) {
        return "{\"uid\": " + uid + ", \"hotkey\": \"" + hotkey + "\", \"coldkey\": \"" + coldkey
                + "\", \"validator_permit\": " + permit + ", \"active\": true, \"stake_rao\": \"" + stake + "\"}";
    }
}
