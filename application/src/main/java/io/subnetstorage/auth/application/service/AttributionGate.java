package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.AttributionProof;
import io.subnetstorage.auth.application.port.in.UploadFile;
import io.subnetstorage.auth.application.port.out.MembershipHistory;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.application.port.out.attribution.AttributionRecords;
import io.subnetstorage.auth.domain.attribution.Attribution;
import io.subnetstorage.auth.domain.attribution.AttributionFresh;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.replay.Nonce;
import io.subnetstorage.auth.domain.storage.MinerObject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Attributions at upload (SPEC §9), in the contract's order: read from the request before any signature work
 * (absent when required, or malformed: 400 at no cost), checked once the request is admitted, and their nonces
 * spent last, just before quota, so that no other refusal spends one. A refusal refuses the whole request.
 */
public final class AttributionGate {

    private final AttributionChecks checks;
    private final AttributionNonces nonces;

    public AttributionGate(SignatureVerifier signatures, MembershipHistory membership, ReplayGuard replays, AttributionRecords records) {
        this.checks = new AttributionChecks(signatures, membership);
        this.nonces = new AttributionNonces(replays, records);
    }

    AttributionChecks checks() {
        return checks;
    }

    AttributionNonces nonces() {
        return nonces;
    }

    /** The claim an upload request makes for {@code object}: the message is built from the request's own fields. */
    Optional<SignedAttribution> read(Hotkey miner, MinerObject object, UploadFile file, boolean required) {
        if (file.attribution().isEmpty()) {
            if (required) {
                throw new AccessRefused(ReasonCode.ATTRIBUTION_REQUIRED, Role.MINER);
            }
            return Optional.empty();
        }
        AttributionProof proof = file.attribution().get();
        if (file.size().isEmpty() || file.sha256().isEmpty()) {
            throw malformed(); // the message needs both
        }
        try {
            Attribution attribution = new Attribution(miner, object.key(), file.sha256().get(), file.size().getAsLong(), proof.timestamp(),
                    new Nonce(proof.nonce()));
            return Optional.of(new SignedAttribution(attribution, Signature.fromHex(proof.signature())));
        } catch (IllegalArgumentException malformed) {
            throw malformed();
        }
    }

    /** One request may not use a nonce twice: refused before any signature work, so nothing is spent. */
    static void requireDistinctNonces(List<SignedAttribution> claims) {
        Set<Nonce> seen = new HashSet<>();
        for (SignedAttribution claim : claims) {
            if (!seen.add(claim.attribution().nonce())) {
                throw new AccessRefused(ReasonCode.ATTRIBUTION_NONCE_REUSED, Role.MINER);
            }
        }
    }

    /** Signature, freshness (300 s), membership when signed, for each claim of an admitted request. */
    void verifyAtUpload(SignedRequestGate gate, Admission admission, List<SignedAttribution> claims) {
        if (claims.isEmpty()) {
            return;
        }
        for (Decision decision : checks.verify(admission.signer(), claims, AttributionFresh.AT_UPLOAD, admission.now().getEpochSecond())) {
            if (!decision.allowed()) {
                throw gate.refuse(admission, decision.reason().orElseThrow());
            }
        }
    }

    /** Spends each claim's nonce, recording the claim as bound to an upload on {@code store}. */
    void consumeAtUpload(SignedRequestGate gate, Admission admission, List<SignedAttribution> claims, String store) {
        for (SignedAttribution claim : claims) {
            Decision decision = nonces.consumeAtUpload(claim, store, admission.now());
            if (!decision.allowed()) {
                throw gate.refuse(admission, decision.reason().orElseThrow());
            }
        }
    }

    private static AccessRefused malformed() {
        return new AccessRefused(ReasonCode.ATTRIBUTION_MALFORMED, Role.MINER);
    }
}
