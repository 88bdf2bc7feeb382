package io.subnetstorage.auth.benchmarks.load;

import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Distinct signed JSON bodies, made before a step starts because signing (~100 µs each) would otherwise
 * load the machine the server runs on. Each body carries a fresh randomized signature, so replay
 * protection accepts every one once. Hotkeys rotate so that per-hotkey quotas spread evenly.
 */
final class SignedBodies {

    private SignedBodies() {
    }

    static List<String> make(String kind, BenchKeys keys, int count) {
        long timestamp = Instant.now().getEpochSecond();
        return IntStream.range(0, count).parallel().mapToObj(i -> body(kind, keys, i, timestamp)).toList();
    }

    private static String body(String kind, BenchKeys keys, int i, long timestamp) {
        return switch (kind) {
            case "miner" -> miner(keys.miners().get(i % keys.miners().size()), keys.coldkey(), timestamp);
            case "validator" -> validator(keys.validators().get(i % keys.validators().size()),
                    Commitment.validatorAccess(timestamp), timestamp);
            case "folders" -> {
                Sr25519Keypair validator = keys.validators().get(i % keys.validators().size());
                yield validator(validator, Commitment.validatorFolders(Hotkey.of(validator.address()), timestamp), timestamp);
            }
            case "file-upload" -> fileUpload(keys.miners().get(i % keys.miners().size()), i, timestamp);
            // Right shape, wrong signature: the next miner signs what names this one, so both verifications fail.
            case "forged" -> forged(keys, i, timestamp);
            default -> throw new IllegalArgumentException(
                    "unknown kind " + kind + " (miner, validator, folders, file-upload, forged, get)");
        };
    }

    private static String miner(Sr25519Keypair miner, Sr25519Keypair coldkey, long timestamp) {
        String commitment = Commitment.minerFolderAccess(Coldkey.of(coldkey.address()), Hotkey.of(miner.address()), timestamp).text();
        return "{\"coldkey\":\"" + coldkey.address() + "\",\"hotkey\":\"" + miner.address() + "\",\"timestamp\":" + timestamp
                + ",\"signature\":\"" + miner.sign(commitment).hex() + "\"}";
    }

    /** A new file name each time: the grant checks that the object does not exist yet (SPEC §7). */
    private static String fileUpload(Sr25519Keypair miner, int i, long timestamp) {
        String jobId = "bench-job";
        String fileName = "part-" + i + "-" + Long.toHexString(timestamp) + ".parquet";
        String commitment = Commitment.minerFileUpload(Hotkey.of(miner.address()), jobId, fileName, timestamp).text();
        return "{\"hotkey\":\"" + miner.address() + "\",\"timestamp\":" + timestamp + ",\"signature\":\""
                + miner.sign(commitment).hex() + "\",\"job_id\":\"" + jobId + "\",\"filename\":\"" + fileName + "\"}";
    }

    private static String forged(BenchKeys keys, int i, long timestamp) {
        Sr25519Keypair named = keys.miners().get(i % keys.miners().size());
        Sr25519Keypair signer = keys.miners().get((i + 1) % keys.miners().size());
        String commitment = Commitment.minerFolderAccess(Coldkey.of(keys.coldkey().address()), Hotkey.of(named.address()), timestamp)
                .text();
        return "{\"coldkey\":\"" + keys.coldkey().address() + "\",\"hotkey\":\"" + named.address() + "\",\"timestamp\":"
                + timestamp + ",\"signature\":\"" + signer.sign(commitment).hex() + "\"}";
    }

    private static String validator(Sr25519Keypair validator, Commitment commitment, long timestamp) {
        return "{\"hotkey\":\"" + validator.address() + "\",\"timestamp\":" + timestamp + ",\"signature\":\""
                + validator.sign(commitment.text()).hex() + "\"}";
    }
}
