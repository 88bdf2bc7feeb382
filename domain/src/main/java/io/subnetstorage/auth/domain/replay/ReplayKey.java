package io.subnetstorage.auth.domain.replay;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.Signature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What makes a signed request single-use. A body-signed request is its signature bytes, whatever the
 * route (SPEC §5: one signature is single-use across every endpoint); an {@code X-Tao} request is its
 * nonce per hotkey ({@code xtao:}), kept apart from attribution nonces ({@code nonce:}).
 */
public record ReplayKey(String value) {

    public ReplayKey {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty replay key");
        }
    }

    /** sr25519 signatures are canonical and randomized, so the bytes identify one signing act. */
    public static ReplayKey ofSignature(Signature signature) {
        return new ReplayKey("replay:" + signature.hex());
    }

    public static ReplayKey ofHeaderNonce(Hotkey hotkey, Nonce nonce) {
        return new ReplayKey("xtao:" + hotkey.value() + ":" + nonce.value());
    }

    public static ReplayKey ofAttributionNonce(Hotkey hotkey, Nonce nonce) {
        return new ReplayKey("nonce:" + hotkey.value() + ":" + nonce.value());
    }

    /** One listing page fetched with this signature; the token is hashed, as it may be 4096 characters. */
    public ReplayKey page(String continuationToken) {
        return new ReplayKey(value + ":page:" + sha256Hex(continuationToken));
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
