package io.subnetstorage.auth.bootstrap.e2e;

import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.domain.attribution.Attribution;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.replay.Nonce;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Attributions (SPEC §9) signed with real sr25519 keys, and the bodies of the attribution endpoints. */
final class Attributions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Attributions() {
    }

    /** A claim and its signature by {@code signer}, whoever's key the message names. */
    record Claim(Attribution attribution, String signature) {
        String message() {
            return attribution.message();
        }

        Map<String, Object> presented() {
            return Map.of("message", message(), "signature", signature);
        }

        /** The {@code attribution} field of an upload request. */
        Map<String, Object> uploadField() {
            return Map.of("timestamp", attribution.timestamp(), "nonce", attribution.nonce().value(), "signature", signature);
        }
    }

    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static Claim claim(Sr25519Keypair signer, String key, byte[] content, long timestamp, String nonce) {
        return claim(signer, Hotkey.of(signer.address()), key, content, timestamp, nonce);
    }

    static Claim claim(Sr25519Keypair signer, Hotkey named, String key, byte[] content, long timestamp, String nonce) {
        Attribution attribution = new Attribution(named, new ObjectKey(key), sha256(content), content.length, timestamp, new Nonce(nonce));
        return new Claim(attribution, signer.sign(attribution.message()).hex());
    }

    static Map<String, Object> register(Sr25519Keypair miner, long timestamp, List<Map<String, Object>> attributions) {
        String commitment = Commitment.attributionRegister(Hotkey.of(miner.address()), timestamp).text();
        return Map.of("hotkey", miner.address(), "timestamp", timestamp, "signature", miner.sign(commitment).hex(),
                "attributions", attributions);
    }

    static Map<String, Object> verify(Sr25519Keypair validator, Sr25519Keypair miner, long timestamp, List<String> keys) {
        String commitment = Commitment.validatorVerify(Hotkey.of(miner.address()), timestamp).text();
        return Map.of("hotkey", validator.address(), "timestamp", timestamp, "signature", validator.sign(commitment).hex(),
                "miner_hotkey", miner.address(), "file_keys", keys);
    }

    /** A {@code /get-file-upload-url} body for {@code job_id/filename}, with {@code extra} fields (size, sha256, attribution). */
    static Map<String, Object> fileUpload(Sr25519Keypair miner, long timestamp, String jobId, String filename, Map<String, Object> extra) {
        String commitment = Commitment.minerFileUpload(Hotkey.of(miner.address()), jobId, filename, timestamp).text();
        Map<String, Object> body = new HashMap<>(Map.of("hotkey", miner.address(), "timestamp", timestamp,
                "signature", miner.sign(commitment).hex(), "job_id", jobId, "filename", filename));
        body.putAll(extra);
        return body;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static byte[] random(int size) {
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
