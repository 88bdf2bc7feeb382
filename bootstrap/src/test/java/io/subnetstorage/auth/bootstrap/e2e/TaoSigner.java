package io.subnetstorage.auth.bootstrap.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * Signs as Subnet 13's {@code TaoSigner} does: the SHA-256 hex of the raw body, a UUID4 nonce and a timestamp
 * in milliseconds, joined by dots; the sr25519 signature in base64. Nothing goes in the body but the request.
 */
final class TaoSigner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Sr25519Keypair key;

    TaoSigner(Sr25519Keypair key) {
        this.key = key;
    }

    /** A body and the headers that sign it. */
    record Signed(String body, Map<String, String> headers) {
    }

    Signed sign(Map<String, ?> body) {
        try {
            return sign(JSON.writeValueAsString(body), System.currentTimeMillis(), UUID.randomUUID().toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Signed sign(String body, long timestampMillis, String nonce) {
        String message = sha256Hex(body.getBytes(StandardCharsets.UTF_8)) + "." + nonce + "." + timestampMillis;
        String signature = Base64.getEncoder().encodeToString(key.sign(message).bytes());
        return new Signed(body, Map.of("X-Tao-Version", "2", "X-Tao-Timestamp", Long.toString(timestampMillis), "X-Tao-Nonce", nonce,
                "X-Tao-Signed-By", key.address(), "X-Tao-Signature", signature));
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
