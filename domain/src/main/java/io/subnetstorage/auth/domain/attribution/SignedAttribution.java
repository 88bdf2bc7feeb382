package io.subnetstorage.auth.domain.attribution;

import io.subnetstorage.auth.domain.identity.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** An attribution with its hotkey's signature: what a miner presents, at upload or at registration. */
public record SignedAttribution(Attribution attribution, Signature signature) {

    /** The {@code x-amz-meta-*} names (without the prefix) an upload-bound attribution is stored under (SPEC §9). */
    public static final String MESSAGE_METADATA = "attribution";
    public static final String SIGNATURE_METADATA = "attribution-signature";
    public static final String SHA256_METADATA = "sha256";

    public SignedAttribution {
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(signature, "signature");
    }

    public String message() {
        return attribution.message();
    }

    /** Whether {@code other} is this very claim: the same message with the same signature bytes. */
    public boolean sameAs(String otherMessage, Signature otherSignature) {
        return message().equals(otherMessage) && signature.equals(otherSignature);
    }

    /**
     * The metadata a PUT grant signs, so that the store keeps the claim with the bytes and refuses an upload
     * without it: the message in base64 (a file path may hold characters a header cannot), the signature and
     * the content hash in hex.
     */
    public Map<String, String> uploadMetadata() {
        Map<String, String> metadata = new TreeMap<>();
        metadata.put(MESSAGE_METADATA, Base64.getEncoder().encodeToString(attribution.messageBytes()));
        metadata.put(SIGNATURE_METADATA, signature.hex());
        metadata.put(SHA256_METADATA, attribution.sha256Hex());
        return metadata;
    }
}
