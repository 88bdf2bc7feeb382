package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.SignedEnvelope;
import io.subnetstorage.auth.application.port.out.AuditEvent;
import io.subnetstorage.auth.application.port.out.AuditTrail;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.application.port.out.RevocationList;
import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.replay.HeaderProof;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import io.subnetstorage.auth.domain.replay.ReplayKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Every signed request passes here, in the contract's order: freshness, signature, membership,
 * revocation, replay, quota. Cheap and unauthenticated checks come first so that a forged request
 * never consumes anyone's replay slot or quota. Each refusal is audited with its reason.
 */
public final class SignedRequestGate {

    private final SignatureVerifier signatures;
    private final MetagraphSource metagraph;
    private final RevocationList revocations;
    private final ReplayGuard replays;
    private final QuotaLimiter quotas;
    private final AuditTrail audit;
    private final GrantLedger ledger;
    private final AdmissionRules rules;
    private final Clock clock;
    private final MembershipPolicies membership;

    public SignedRequestGate(SignatureVerifier signatures, MetagraphSource metagraph, RevocationList revocations,
            ReplayGuard replays, QuotaLimiter quotas, AuditTrail audit, GrantLedger ledger, AdmissionRules rules, Clock clock) {
        this.signatures = signatures;
        this.metagraph = metagraph;
        this.revocations = revocations;
        this.replays = replays;
        this.quotas = quotas;
        this.audit = audit;
        this.ledger = ledger;
        this.rules = rules;
        this.clock = clock;
        this.membership = new MembershipPolicies(rules);
    }

    Admission admit(SignedEnvelope envelope, Commitment commitment, Role role, Optional<Coldkey> claimedColdkey, Optional<String> pageToken) {
        Instant now = clock.instant();
        enforce(envelope, role, rules.window().check(now.getEpochSecond(), envelope.timestamp(), envelope.expiry()));
        if (envelope.headerProof().isPresent()) {
            enforce(envelope, role, envelope.headerProof().get().checkSkew(now.toEpochMilli()));
        }
        byte[] signed = envelope.headerProof().map(HeaderProof::message).orElseGet(commitment::bytes);
        if (!signatures.verify(envelope.signer().address(), signed, envelope.signature())) {
            throw refuse(envelope, role, ReasonCode.SIGNATURE_INVALID);
        }
        MetagraphSnapshot snapshot = freshMetagraph(envelope, role, now);
        enforce(envelope, role, membership.check(snapshot, role, envelope.signer(), claimedColdkey));
        if (isRevoked(envelope, role)) {
            throw refuse(envelope, role, ReasonCode.HOTKEY_REVOKED);
        }
        claimReplaySlot(envelope, role, pageToken);
        chargeQuota(envelope, role, now);
        return new Admission(now, snapshot, envelope, role);
    }

    /** Refuses an admitted request for a reason found after admission (a missing field, no valid files). */
    AccessRefused refuse(SignedEnvelope envelope, Role role, ReasonCode reason) {
        auditOutcome(envelope, role, Optional.of(reason));
        return new AccessRefused(reason);
    }

    /** Records the grant before the client sees it; no grant leaves the service unrecorded. */
    void record(AccessGrant grant, SignedEnvelope envelope) {
        try {
            ledger.record(grant, envelope.origin());
        } catch (DependencyUnavailable down) {
            throw refuse(envelope, grant.role(), ReasonCode.GRANT_LEDGER_UNAVAILABLE);
        }
        auditOutcome(envelope, grant.role(), Optional.empty());
    }

    /** Records a success that hands out no grant of its own (e.g. a single presigned listing page). */
    void recordAllowed(SignedEnvelope envelope, Role role) {
        auditOutcome(envelope, role, Optional.empty());
    }

    /** A grant's lifetime: what was asked, capped by configuration and by what the store can sign. */
    Duration lifetime(Duration requested, ObjectStore store) {
        return store.capabilities().cap(requested.compareTo(rules.maxGrantLifetime()) > 0 ? rules.maxGrantLifetime() : requested);
    }

    private MetagraphSnapshot freshMetagraph(SignedEnvelope envelope, Role role, Instant now) {
        return metagraph.current()
                .filter(snapshot -> snapshot.age(now).compareTo(rules.maxMetagraphAge()) <= 0)
                .orElseThrow(() -> refuse(envelope, role, ReasonCode.METAGRAPH_UNAVAILABLE));
    }

    private boolean isRevoked(SignedEnvelope envelope, Role role) {
        try {
            return revocations.isRevoked(envelope.signer());
        } catch (DependencyUnavailable down) {
            throw refuse(envelope, role, ReasonCode.GRANT_LEDGER_UNAVAILABLE);
        }
    }

    private void claimReplaySlot(SignedEnvelope envelope, Role role, Optional<String> pageToken) {
        ReplayKey key;
        Instant keepUntil;
        if (envelope.headerProof().isPresent()) {
            HeaderProof proof = envelope.headerProof().get();
            key = ReplayKey.ofNonce(envelope.signer(), proof.nonce());
            keepUntil = Instant.ofEpochMilli(proof.timestampMillis() + HeaderProof.MAX_SKEW_MILLIS).plusSeconds(1);
        } else {
            key = ReplayKey.ofSignedRequest(envelope.origin().endpoint(), envelope.signature(), pageToken.orElse(null));
            keepUntil = Instant.ofEpochSecond(Math.min(envelope.expiry(), rules.window().lastAcceptedSecond(envelope.timestamp())))
                    .plusSeconds(1);
        }
        boolean first;
        try {
            first = replays.claim(key, keepUntil);
        } catch (DependencyUnavailable down) {
            throw refuse(envelope, role, ReasonCode.RATE_LIMITER_UNAVAILABLE);
        }
        if (!first) {
            throw refuse(envelope, role, ReasonCode.REPLAYED);
        }
    }

    private void chargeQuota(SignedEnvelope envelope, Role role, Instant now) {
        QuotaOutcome outcome;
        try {
            outcome = quotas.consume(role, envelope.signer(), now);
        } catch (DependencyUnavailable down) {
            throw refuse(envelope, role, ReasonCode.RATE_LIMITER_UNAVAILABLE);
        }
        if (!outcome.decision().allowed()) {
            ReasonCode reason = outcome.decision().reason().orElseThrow();
            auditOutcome(envelope, role, Optional.of(reason));
            throw new AccessRefused(reason, OptionalLong.of(outcome.limit()), Optional.of(outcome.resetsAt()));
        }
    }

    private void enforce(SignedEnvelope envelope, Role role, Decision decision) {
        if (!decision.allowed()) {
            throw refuse(envelope, role, decision.reason().orElseThrow());
        }
    }

    private void auditOutcome(SignedEnvelope envelope, Role role, Optional<ReasonCode> denial) {
        audit.append(new AuditEvent(clock.instant(), envelope.origin(), role, Optional.of(envelope.signer().value()), denial));
    }
}
