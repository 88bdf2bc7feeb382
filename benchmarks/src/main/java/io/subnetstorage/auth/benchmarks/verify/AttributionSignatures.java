package io.subnetstorage.auth.benchmarks.verify;

import io.subnetstorage.auth.application.port.out.SignedMessage;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code count} attribution messages (SPEC §9, ~200 bytes each) signed by {@code signers} keys in turn. */
public final class AttributionSignatures {

    private AttributionSignatures() {
    }

    public static List<SignedMessage> signed(int count, int signers) {
        List<Sr25519Keypair> keys = new ArrayList<>();
        for (int k = 0; k < signers; k++) {
            byte[] seed = new byte[32];
            seed[0] = (byte) k;
            seed[1] = (byte) (k >>> 8);
            keys.add(Sr25519Keypair.fromSeed(seed));
        }
        List<SignedMessage> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Sr25519Keypair key = keys.get(i % signers);
            byte[] message = (key.address() + ":data/hotkey=" + key.address() + "/job_id=1/data_20260301_120000_" + i + ".parquet:"
                    + "ab".repeat(32) + ":5242880:1767225600:" + String.format("%032x", i)).getBytes(StandardCharsets.UTF_8);
            items.add(new SignedMessage(key.ss58Address(), message, key.sign(message)));
        }
        return items;
    }
}
