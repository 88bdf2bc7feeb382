package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.SignedEnvelope;
import io.subnetstorage.auth.application.port.out.AuditEvent;
import io.subnetstorage.auth.application.port.out.AuditTrail;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.application.port.out.RevocationList;
import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.application.port.out.SingleUseCharges;
import io.subnetstorage.auth.application.storage.StorageCap;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import io.subnetstorage.auth.domain.replay.HeaderProof;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Every signed request passes here, in the contract's order (SPEC §3): freshness, signature, membership,
 * revocation, replay ({@link #admit}); then the use case's own checks; then quota ({@link #charge}) and
 * the ledger ({@link #record}). Nothing that costs a store call, a write or a quota runs before the
 * signature verified, and only a verified request is written to the audit trail against its hotkey: a
 * forgery naming a victim is counted in metrics by the HTTP layer, never stored in the victim's name.
 */
public final class SignedRequestGate {

    private final SignatureVerifier signatures;
    private final MetagraphSource metagraph;
    private final RevocationList revocations;
    private final ReplayGuard replays;
    private final QuotaLimiter quotas;
    private final SingleUseCharges singleUseCharges;
    private final AuditTrail audit;
    private final GrantLedger ledger;
    private final AdmissionRules rules;
    private final Clock clock;
    private final MembershipPolicies membership;
    private final MinerRegistrations registrations;
    private final StorageCap storageCap;

    public SignedRequestGate(SignatureVerifier signatures, MetagraphSource metagraph, RevocationList revocations,
            ReplayGuard replays, QuotaLimiter quotas, SingleUseCharges singleUseCharges, AuditTrail audit,
            GrantLedger ledger, AdmissionRules rules, Clock clock, MinerRegistrations registrations,
            StorageCap storageCap) {
        this.signatures = signatures;
        this.metagraph = metagraph;
        this.revocations = revocations;
        this.replays = replays;
        this.quotas = quotas;
        this.singleUseCharges = singleUseCharges;
        this.audit = audit;
        this.ledger = ledger;
        this.rules = rules;
        this.clock = clock;
        this.membership = new MembershipPolicies(rules);
        this.registrations = registrations;
        this.storageCap = storageCap;
    }

    Admission admit(AdmissionRequest request) {
        Admission admission = admitUpToReplay(request);
        enforce(admission, claimReplaySlot(admission, ReplayClaims.of(request, rules.window())));
        return admission;
    }

    /** Every admission check but the replay claim, which the caller makes (alone, or with the quota charge). */
    private Admission admitUpToReplay(AdmissionRequest request) {
        SignedEnvelope envelope = request.envelope();
        Role role = request.role();
        Instant now = clock.instant();
        Optional<HeaderProof> headerProof = envelope.headerProof();
        // With X-Tao headers the headers' 8 s skew is the freshness rule (SPEC §3); else the commitment's window.
        Decision fresh = headerProof.isPresent()
                ? headerProof.get().checkSkew(now.toEpochMilli())
                : rules.window().check(now.getEpochSecond(), envelope.timestamp(), envelope.expiry());
        if (!fresh.allowed()) {
            throw new AccessRefused(fresh.reason().orElseThrow(), role);
        }
        byte[] signed = headerProof.map(HeaderProof::message).orElseGet(request.commitment()::bytes);
        if (!signatures.verify(envelope.signer().address(), signed, envelope.signature())) {
            throw new AccessRefused(ReasonCode.SIGNATURE_INVALID, role);
        }
        Admission admission = new Admission(now, envelope, role);
        if (request.purpose() != AdmissionRequest.Purpose.SIGNATURE_ONLY) {
            MetagraphSnapshot snapshot = freshMetagraph(envelope, role, now);
            enforce(admission, membership.check(snapshot, role, envelope.signer(), request.claimedColdkey()));
        }
        if (isRevoked(admission)) {
            throw refuse(admission, ReasonCode.HOTKEY_REVOKED);
        }
        if (request.purpose() == AdmissionRequest.Purpose.UPLOAD && !registrationAllowsUploads(admission)) {
            throw refuse(admission, ReasonCode.MINER_DEREGISTERED);
        }
        return admission;
    }

    /**
     * The skeleton every grant shares, in the contract's order: admit, the use case's own checks, the storage
     * cap for uploads, quota, presigning, and the ledger before the answer leaves. One home for "when is what
     * charged and recorded". Where the use case's checks already pass, the replay claim and the quota charge
     * are one {@link SingleUseCharges} step (one Redis round trip); the answer is the same as in order.
     */
    <T> T grant(AdmissionRequest request, GrantProcedure<T> procedure) {
        Admission admission = admitUpToReplay(request);
        ReplayClaim claim = ReplayClaims.of(request, rules.window());
        boolean upload = request.purpose() == AdmissionRequest.Purpose.UPLOAD;
        if (claim instanceof ReplayClaim.SingleUse once && procedure.checksAlreadyPass(admission)
                && (!upload || storageCap.allows(admission.signer()))) {
            // Nothing can refuse between the replay claim and the quota, so the order is kept in one step.
            claimAndCharge(admission, once, procedure.charge(admission));
        } else {
            enforce(admission, claimReplaySlot(admission, claim));
            procedure.check(admission);
            if (upload && !storageCap.allows(admission.signer())) {
                throw refuse(admission, ReasonCode.STORAGE_CAP_REACHED);
            }
            charge(admission, procedure.charge(admission));
        }
        Issued<T> issued = procedure.issue(admission);
        record(admission, issued.grants());
        return issued.answer();
    }

    /** Charges the admitted request's quotas, all or nothing; refused whole when any line would pass its limit. */
    void charge(Admission admission, QuotaCharge charge) {
        enforceQuota(admission, askCounters(admission, () -> quotas.consume(charge, admission.now())));
    }

    private void claimAndCharge(Admission admission, ReplayClaim.SingleUse claim, QuotaCharge charge) {
        Optional<QuotaOutcome> outcome =
                askCounters(admission, () -> singleUseCharges.claimAndCharge(claim, charge, admission.now()));
        enforceQuota(admission, outcome.orElseThrow(() -> refuse(admission, ReasonCode.REPLAYED)));
    }

    /** Replay slots and quotas are the rate limiter's counters: an outage of either is RATE_LIMITER_UNAVAILABLE. */
    private <T> T askCounters(Admission admission, Supplier<T> call) {
        try {
            return call.get();
        } catch (DependencyUnavailable down) {
            throw refuse(admission, ReasonCode.RATE_LIMITER_UNAVAILABLE);
        }
    }

    private void enforceQuota(Admission admission, QuotaOutcome outcome) {
        if (!outcome.decision().allowed()) {
            ReasonCode reason = outcome.decision().reason().orElseThrow();
            auditOutcome(admission, Optional.of(reason));
            throw new AccessRefused(reason, admission.role(), OptionalLong.of(outcome.limit()), Optional.of(outcome.resetsAt()));
        }
    }

    /** Refuses an admitted request for a reason found after admission (no valid files, a store timeout). */
    AccessRefused refuse(Admission admission, ReasonCode reason) {
        auditOutcome(admission, Optional.of(reason));
        return new AccessRefused(reason, admission.role());
    }

    /** Records the grants before the client sees them; no grant leaves the service unrecorded. */
    void record(Admission admission, List<AccessGrant> grants) {
        try {
            ledger.recordAll(grants, admission.envelope().origin());
        } catch (DependencyUnavailable down) {
            throw refuse(admission, ReasonCode.GRANT_LEDGER_UNAVAILABLE);
        }
        auditOutcome(admission, Optional.empty());
    }

    /** An admitted request that hands nothing out (a usage report): audited, with no ledger row. */
    void recordAnswered(Admission admission) {
        auditOutcome(admission, Optional.empty());
    }

    /** The daily limits, from which a use case builds the charge of its request. */
    DailyQuotas quotas() {
        return rules.quotas();
    }

    /** A grant's lifetime: what was asked, capped by configuration and by what the store can sign. */
    Duration lifetime(Duration requested, ObjectStore store) {
        return store.descriptor().cap(requested.compareTo(rules.maxGrantLifetime()) > 0 ? rules.maxGrantLifetime() : requested);
    }

    private MetagraphSnapshot freshMetagraph(SignedEnvelope envelope, Role role, Instant now) {
        return metagraph.current()
                .filter(snapshot -> snapshot.age(now).compareTo(rules.maxMetagraphAge()) <= 0)
                .orElseThrow(() -> new AccessRefused(ReasonCode.METAGRAPH_UNAVAILABLE, role));
    }

    private boolean registrationAllowsUploads(Admission admission) {
        try {
            return registrations.mayUpload(admission.signer());
        } catch (DependencyUnavailable down) {
            throw refuse(admission, ReasonCode.GRANT_LEDGER_UNAVAILABLE);
        }
    }

    private boolean isRevoked(Admission admission) {
        try {
            return revocations.isRevoked(admission.signer());
        } catch (DependencyUnavailable down) {
            throw refuse(admission, ReasonCode.GRANT_LEDGER_UNAVAILABLE);
        }
    }

    private Decision claimReplaySlot(Admission admission, ReplayClaim claim) {
        return askCounters(admission, () -> replays.claim(claim, admission.now()).decision());
    }

    private void enforce(Admission admission, Decision decision) {
        if (!decision.allowed()) {
            throw refuse(admission, decision.reason().orElseThrow());
        }
    }

    private void auditOutcome(Admission admission, Optional<ReasonCode> denial) {
        audit.append(new AuditEvent(clock.instant(), admission.envelope().origin(), admission.role(),
                Optional.of(admission.signer().value()), denial));
    }
}
