package io.subnetstorage.auth.domain.replay;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.Signature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What makes a signed request single-use. For body-signed requests: the endpoint, the signature bytes
 * and the page token (one signature may fetch several pages); for nonce-signed ones: the nonce per hotkey.
 */
public record ReplayKey(String value) {

    public ReplayKey {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty replay key");
        }
    }

    public static ReplayKey ofSignedRequest(String endpoint, Signature signature, String pageToken) {
        String page = pageToken == null ? "" : ":" + sha256Hex(pageToken);
        return new ReplayKey("replay:" + endpoint + ":" + signature.hex() + page);
    }

    public static ReplayKey ofNonce(Hotkey hotkey, Nonce nonce) {
        return new ReplayKey("nonce:" + hotkey.value() + ":" + nonce.value());
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
