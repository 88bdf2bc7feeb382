package io.subnetstorage.auth.domain.attribution;

import io.subnetstorage.auth.domain.identity.Signature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The service's countersignature of a registered attribution (SPEC §9): the miner's message and signature,
 * the object's ETag when it was registered, the time, and the service key's sr25519 signature over
 * {@link #signedText}. Anyone holding the service's public key can check it offline.
 */
public record AttributionReceipt(String message, Signature signature, String etag, long registeredAt, String serviceKey,
        Signature serviceSignature) {

    public static final String PREFIX = "ssa-receipt:";

    public AttributionReceipt {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(serviceKey, "serviceKey");
        Objects.requireNonNull(serviceSignature, "serviceSignature");
        etag = normalizeEtag(etag);
    }

    /**
     * {@code ssa-receipt:{sha256hex(message)}:{signature hex}:{etag}:{registered_at}}, all lower case, the
     * ETag without quotes. The message is hashed so the signed text stays short whatever the file path.
     */
    public static String signedText(String message, Signature signature, String etag, long registeredAt) {
        return PREFIX + sha256Hex(message.getBytes(StandardCharsets.UTF_8)) + ":" + signature.hex() + ":" + normalizeEtag(etag)
                + ":" + registeredAt;
    }

    public String signedText() {
        return signedText(message, signature, etag, registeredAt);
    }

    public byte[] signedBytes() {
        return signedText().getBytes(StandardCharsets.UTF_8);
    }

    /** Stores quote ETags and may differ in case; a receipt holds one spelling. */
    public static String normalizeEtag(String etag) {
        Objects.requireNonNull(etag, "etag");
        String bare = etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"") ? etag.substring(1, etag.length() - 1) : etag;
        return bare.toLowerCase(Locale.ROOT);
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
