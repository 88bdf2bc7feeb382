package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.AttributionRegistration;
import io.subnetstorage.auth.application.port.in.AttributionRegistration.Accepted;
import io.subnetstorage.auth.application.port.in.AttributionRegistration.Rejected;
import io.subnetstorage.auth.application.port.in.PresentedAttribution;
import io.subnetstorage.auth.application.port.in.RegisterAttributionsCommand;
import io.subnetstorage.auth.application.port.in.RegisterAttributionsUseCase;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.attribution.AttributionRecords;
import io.subnetstorage.auth.application.port.out.attribution.ReceiptSigner;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.attribution.Attribution;
import io.subnetstorage.auth.domain.attribution.AttributionFresh;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.attribution.StoredAsAttributed;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.MalformedIdentity;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code POST /register-attributions} (SPEC §9): the one way to attribute files uploaded by POST form, and
 * how an upload-bound attribution gets its receipt. Each claim passes the checks in the contract's order
 * (well formed and the signer's own, signature (batch-verified), freshness of 7 days, membership when signed,
 * the object with that size, the nonce last); then its receipt is signed, recorded with the object's ETag,
 * and written beside the data as a sidecar. A claim's refusal is reported, never the request's: only the
 * request's own signature, membership, replay and quota refuse it whole (as one folder grant).
 */
public final class RegisterAttributionsService implements RegisterAttributionsUseCase {

    private final SignedRequestGate gate;
    private final AttributionGate attributions;
    private final AttributedObjects objects;
    private final Receipts receipts;

    public RegisterAttributionsService(SignedRequestGate gate, StoreRouter router, AttributionGate attributions, AttributionRecords records,
            ReceiptSigner signer) {
        this.gate = gate;
        this.attributions = attributions;
        this.objects = new AttributedObjects(router);
        this.receipts = new Receipts(signer, records);
    }

    @Override
    public AttributionRegistration register(RegisterAttributionsCommand command) {
        Hotkey miner = command.envelope().signer();
        List<Accepted> accepted = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        // Reading a claim needs no signature: a garbled one is reported without costing anything.
        List<SignedAttribution> claims = new ArrayList<>();
        for (PresentedAttribution presented : command.attributions()) {
            read(presented).ifPresentOrElse(claims::add,
                    () -> rejected.add(new Rejected(Attribution.filePathOf(presented.message()), ReasonCode.ATTRIBUTION_MALFORMED)));
        }
        Admission admission = gate.admit(AdmissionRequest.miner(command.envelope(), command.commitment(), Optional.empty()));
        gate.charge(admission, gate.quotas().folderGrant(miner, 0));
        List<Decision> checked = attributions.checks().verify(miner, claims, AttributionFresh.AT_REGISTRATION,
                admission.now().getEpochSecond());
        for (int i = 0; i < claims.size(); i++) {
            SignedAttribution claim = claims.get(i);
            Decision decision = checked.get(i).and(() -> receiptFor(admission, claim, accepted));
            decision.reason().ifPresent(reason -> rejected.add(new Rejected(Optional.of(claim.attribution().file().value()), reason)));
        }
        gate.recordAnswered(admission);
        return new AttributionRegistration(accepted, rejected);
    }

    private static Optional<SignedAttribution> read(PresentedAttribution presented) {
        try {
            Signature signature = Signature.fromHex(presented.signature());
            return Attribution.parse(presented.message()).map(attribution -> new SignedAttribution(attribution, signature));
        } catch (MalformedIdentity notASignature) {
            return Optional.empty();
        }
    }

    /** The object, then the nonce, then the receipt; adds to {@code accepted} when every step passed. */
    private Decision receiptFor(Admission admission, SignedAttribution claim, List<Accepted> accepted) {
        Optional<AttributedObjects.Located> located;
        try {
            located = objects.locate(claim.attribution().hotkey(), claim.attribution().file());
        } catch (DependencyUnavailable | StoreRefused unknown) {
            return Decision.deny(ReasonCode.STORE_UNAVAILABLE);
        }
        OptionalLong size = located.map(found -> OptionalLong.of(found.info().size())).orElse(OptionalLong.empty());
        Decision decision = new StoredAsAttributed().check(size, claim.attribution())
                .and(() -> attributions.nonces().admitRegistration(claim, admission.now()));
        if (!decision.allowed()) {
            return decision;
        }
        Receipts.Issued issued = receipts.issue(claim, located.get(), attributions.nonces(), admission.now());
        issued.receipt().ifPresent(receipt -> accepted.add(new Accepted(claim.attribution().file().value(), receipt)));
        return issued.decision();
    }
}
