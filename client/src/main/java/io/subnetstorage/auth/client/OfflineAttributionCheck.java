package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.subnetstorage.auth.bittensor.identity.Sr25519SignatureVerifier;
import io.subnetstorage.auth.domain.attribution.Attribution;
import io.subnetstorage.auth.domain.attribution.AttributionReceipt;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a local file against a receipt with nothing but public keys (SPEC §9): the receipt signed by a key
 * the service stands by, the miner's signature over the message, the message naming this miner and key, and
 * the bytes having the size and SHA-256 the miner signed. Needs no trust in the store or the service's answer.
 */
public final class OfflineAttributionCheck {

    private static final Sr25519SignatureVerifier SIGNATURES = new Sr25519SignatureVerifier();

    private OfflineAttributionCheck() {
    }

    /** {@code receipt} as its sidecar holds it; {@code trustedKeys} from {@code /attribution-key}. */
    public static ContentVerdict check(Path local, String miner, String key, JsonNode receipt, List<String> trustedKeys) {
        List<String> problems = new ArrayList<>();
        String message = receipt.path("message").asText("");
        Optional<Signature> minerSignature = signature(receipt.path("signature").asText(""));
        Optional<Signature> serviceSignature = signature(receipt.path("service_signature").asText(""));
        String serviceKey = receipt.path("service_key").asText("");
        if (!trustedKeys.contains(serviceKey)) {
            problems.add("receipt signed by a key the service does not stand by: " + serviceKey);
        } else if (minerSignature.isEmpty() || serviceSignature.isEmpty() || !receipt.path("etag").isTextual()
                || !receipt.path("registered_at").canConvertToLong() || !SIGNATURES.verify(new Ss58Address(serviceKey),
                        AttributionReceipt.signedText(message, minerSignature.get(), receipt.path("etag").asText(),
                                receipt.path("registered_at").asLong()).getBytes(StandardCharsets.UTF_8), serviceSignature.get())) {
            problems.add("the service's receipt signature does not verify");
        }
        Optional<Attribution> attribution = Attribution.parse(message);
        if (attribution.isEmpty()) {
            problems.add("the attribution message is malformed");
            return new ContentVerdict(key, local, ContentVerdict.MISMATCH, problems);
        }
        Attribution claim = attribution.get();
        if (!claim.hotkey().value().equals(miner) || !claim.file().value().equals(key)) {
            problems.add("the attribution is for " + claim.file() + " by " + claim.hotkey());
        }
        if (minerSignature.isEmpty() || !SIGNATURES.verify(claim.hotkey().address(), claim.messageBytes(), minerSignature.get())) {
            problems.add("the miner's signature does not verify");
        }
        problems.addAll(content(local, claim));
        return new ContentVerdict(key, local, problems.isEmpty() ? ContentVerdict.VERIFIED : ContentVerdict.MISMATCH, problems);
    }

    private static List<String> content(Path local, Attribution claim) {
        try {
            long size = Files.size(local);
            String sha256 = MinerAttribution.sha256Hex(local);
            List<String> problems = new ArrayList<>();
            if (size != claim.size()) {
                problems.add("size " + size + ", attributed " + claim.size());
            }
            if (!sha256.equals(claim.sha256Hex())) {
                problems.add("sha256 " + sha256 + ", attributed " + claim.sha256Hex());
            }
            return problems;
        } catch (IOException e) {
            return List.of("unreadable: " + e.getMessage());
        }
    }

    private static Optional<Signature> signature(String hex) {
        try {
            return Optional.of(Signature.fromHex(hex));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
