package io.subnetstorage.auth.client;

import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The X-Tao v2 headers exactly as Subnet 13's {@code TaoSigner} makes them (SPEC §5): the sr25519 signature,
 * in base64, over {@code sha256hex(body) + "." + nonce + "." + timestamp}, the nonce a UUID4 and the timestamp in
 * milliseconds. The body must be sent byte for byte as signed.
 */
final class TaoHeaders {

    private TaoHeaders() {
    }

    static Map<String, String> sign(Sr25519Keypair key, byte[] body, long timestampMillis, String nonce) {
        String message = sha256Hex(body) + "." + nonce + "." + timestampMillis;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Tao-Version", "2");
        headers.put("X-Tao-Timestamp", Long.toString(timestampMillis));
        headers.put("X-Tao-Nonce", nonce);
        headers.put("X-Tao-Signed-By", key.address());
        headers.put("X-Tao-Signature", Base64.getEncoder().encodeToString(key.sign(message).bytes()));
        return headers;
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
