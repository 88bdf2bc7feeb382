package io.subnetstorage.auth.bootstrap.e2e;

import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds signed request bodies exactly as deployed clients do, with the development keys: //Alice and
 * //Charlie are miners, //Bob a validator, //Dave a validator with stake exactly at the threshold.
 */
final class Signer {

    static final Sr25519Keypair ALICE = DevKeys.alice();
    static final Sr25519Keypair BOB = DevKeys.bob();
    static final Sr25519Keypair CHARLIE = DevKeys.charlie();
    static final Sr25519Keypair DAVE = DevKeys.dave();
    static final Sr25519Keypair EVE = DevKeys.eve();
    /** //Alice//stash, the coldkey the development metagraph gives //Alice. */
    static final String ALICE_COLDKEY = Sr25519Keypair.fromUri("//Alice//stash").address();

    private Signer() {
    }

    static long now() {
        return Instant.now().getEpochSecond();
    }

    static String hotkey(Sr25519Keypair key) {
        return key.address();
    }

    static String folder(Sr25519Keypair miner) {
        return "data/hotkey=" + miner.address() + "/";
    }

    static Map<String, Object> miner(Sr25519Keypair miner, long timestamp) {
        String commitment = Commitment.minerFolderAccess(Coldkey.of(ALICE_COLDKEY), Hotkey.of(miner.address()), timestamp).text();
        return body("coldkey", ALICE_COLDKEY, "hotkey", miner.address(), "timestamp", timestamp,
                "signature", miner.sign(commitment).hex());
    }

    static Map<String, Object> validatorAccess(Sr25519Keypair validator, long timestamp) {
        return body("hotkey", validator.address(), "timestamp", timestamp,
                "signature", validator.sign(Commitment.validatorAccess(timestamp).text()).hex());
    }

    static Map<String, Object> aboutMiner(Sr25519Keypair validator, Sr25519Keypair miner, long timestamp) {
        String commitment = Commitment.validatorMiner(Hotkey.of(miner.address()), timestamp).text();
        return body("hotkey", validator.address(), "timestamp", timestamp, "signature", validator.sign(commitment).hex(),
                "miner_hotkey", miner.address());
    }

    static Map<String, Object> folders(Sr25519Keypair validator, long timestamp) {
        String commitment = Commitment.validatorFolders(Hotkey.of(validator.address()), timestamp).text();
        return body("hotkey", validator.address(), "timestamp", timestamp, "signature", validator.sign(commitment).hex());
    }

    static Map<String, Object> files(Sr25519Keypair validator, Sr25519Keypair miner, long timestamp, List<String> keys) {
        String commitment = Commitment.validatorFiles(Hotkey.of(miner.address()), Hotkey.of(validator.address()), timestamp).text();
        return body("hotkey", validator.address(), "timestamp", timestamp, "signature", validator.sign(commitment).hex(),
                "miner_hotkey", miner.address(), "file_keys", keys);
    }

    /** {@code /get-file-upload-url} body-signed, without a size. */
    static Map<String, Object> fileUpload(Sr25519Keypair miner, String jobId, String filename, long timestamp) {
        String commitment = Commitment.minerFileUpload(Hotkey.of(miner.address()), jobId, filename, timestamp).text();
        return body("hotkey", miner.address(), "timestamp", timestamp, "signature", miner.sign(commitment).hex(),
                "job_id", jobId, "filename", filename);
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }
}
