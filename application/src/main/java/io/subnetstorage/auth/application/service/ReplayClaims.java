package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.SignedEnvelope;
import io.subnetstorage.auth.domain.identity.TimestampWithinWindow;
import io.subnetstorage.auth.domain.replay.HeaderProof;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import io.subnetstorage.auth.domain.replay.ReplayKey;
import java.time.Instant;

/**
 * Which key makes a request single-use, and for how long it must be remembered (SPEC §5): an
 * {@code X-Tao} request's nonce until its skew window closes; a body signature, whatever the route,
 * until the commitment's freshness window closes; a listing signature per page.
 */
final class ReplayClaims {

    private ReplayClaims() {
    }

    static ReplayClaim of(AdmissionRequest request, TimestampWithinWindow window) {
        SignedEnvelope envelope = request.envelope();
        if (envelope.headerProof().isPresent()) {
            HeaderProof proof = envelope.headerProof().get();
            Instant keepUntil = Instant.ofEpochMilli(proof.timestampMillis() + HeaderProof.MAX_SKEW_MILLIS).plusSeconds(1);
            return new ReplayClaim.SingleUse(ReplayKey.ofHeaderNonce(envelope.signer(), proof.nonce()), keepUntil);
        }
        Instant keepUntil = Instant.ofEpochSecond(Math.min(envelope.expiry(), window.lastAcceptedSecond(envelope.timestamp())))
                .plusSeconds(1);
        ReplayKey signature = ReplayKey.ofSignature(envelope.signature());
        return request.listingPageToken()
                .<ReplayClaim>map(token -> new ReplayClaim.ListingPage(signature, token, keepUntil, ReplayClaim.MAX_PAGES_PER_SIGNATURE))
                .orElseGet(() -> new ReplayClaim.SingleUse(signature, keepUntil));
    }
}
