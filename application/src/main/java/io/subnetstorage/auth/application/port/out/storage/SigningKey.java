package io.subnetstorage.auth.application.port.out.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The key that signs a store's URLs, as grants record it: the access key ID and a fingerprint of the
 * secret (the first 8 hex digits of its SHA-256). A rotation keeps the ID and changes the secret, and
 * every URL the old secret signed dies (SPEC §8), so the fingerprint tells those grants apart.
 */
public record SigningKey(String accessKeyId, String secretFingerprint) {

    public SigningKey {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretFingerprint, "secretFingerprint");
        if (accessKeyId.isEmpty() || accessKeyId.contains(":")) {
            throw new IllegalArgumentException("an access key ID is not empty and has no ':'");
        }
    }

    public static SigningKey of(String accessKeyId, String secret) {
        return new SigningKey(accessKeyId, fingerprint(secret));
    }

    /** {@code {access key id}:{fingerprint}}: what the ledger stores and {@code ?signing_key=} matches. */
    public String value() {
        return accessKeyId + ":" + secretFingerprint;
    }

    public static String fingerprint(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    @Override
    public String toString() {
        return value();
    }
}
