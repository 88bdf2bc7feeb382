package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.MembershipHistory;
import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.application.port.out.SignedMessage;
import io.subnetstorage.auth.domain.attribution.AttributionFresh;
import io.subnetstorage.auth.domain.attribution.AttributionInFolder;
import io.subnetstorage.auth.domain.attribution.OnMetagraphWhenSigned;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.MembershipIntervals;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of SPEC §9 that need no store and spend nothing, in the contract's order: the signer's own
 * claim on its own folder, the miner's signature, freshness, and membership when it signed. The object and
 * the nonce come after, where the use case has them. Signatures of a batch are verified together (sr25519
 * batch verification), and the signer's membership history is read once.
 */
final class AttributionChecks {

    private final SignatureVerifier signatures;
    private final MembershipHistory membership;
    private final OnMetagraphWhenSigned onMetagraph = new OnMetagraphWhenSigned();

    AttributionChecks(SignatureVerifier signatures, MembershipHistory membership) {
        this.signatures = signatures;
        this.membership = membership;
    }

    /** One decision per claim, in order; a membership history that cannot be read denies with the ledger's outage. */
    List<Decision> verify(Hotkey signer, List<SignedAttribution> claims, AttributionFresh window, long nowSeconds) {
        AttributionInFolder inFolder = new AttributionInFolder(signer);
        List<Decision> decisions = new ArrayList<>();
        List<Integer> toVerify = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Decision own = inFolder.check(claims.get(i).attribution());
            decisions.add(own);
            if (own.allowed()) {
                toVerify.add(i);
            }
        }
        boolean[] valid = signatures.verifyAll(toVerify.stream().map(claims::get)
                .map(claim -> new SignedMessage(signer.address(), claim.attribution().messageBytes(), claim.signature())).toList());
        MembershipIntervals history = null;
        for (int n = 0; n < valid.length; n++) {
            int i = toVerify.get(n);
            Decision decision = valid[n] ? window.check(claims.get(i).attribution(), nowSeconds)
                    : Decision.deny(ReasonCode.ATTRIBUTION_SIGNATURE_INVALID);
            if (decision.allowed()) {
                try {
                    history = history != null ? history : membership.intervalsOf(signer);
                    decision = onMetagraph.check(history, claims.get(i).attribution());
                } catch (DependencyUnavailable down) {
                    decision = Decision.deny(ReasonCode.GRANT_LEDGER_UNAVAILABLE);
                }
            }
            decisions.set(i, decision);
        }
        return decisions;
    }
}
