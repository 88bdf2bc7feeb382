package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.application.port.out.attribution.AttributionRecords;
import io.subnetstorage.auth.domain.attribution.AttributionReceipt;
import io.subnetstorage.auth.domain.attribution.NonceUnused;
import io.subnetstorage.auth.domain.attribution.NonceUse;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import io.subnetstorage.auth.domain.replay.ReplayKey;
import io.subnetstorage.auth.domain.replay.ReplayVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The last check of an attribution (SPEC §9): its nonce, {@code nonce:{hotkey}:{nonce}} in the replay store
 * for 7 days (shared by every instance, and cheap to refuse with) and for good in the attribution records
 * (which alone know which claim used it). Consuming is the last thing done before the claim is accepted.
 * A store that is down is a denial with its outage's reason: nothing is accepted that was not recorded.
 */
final class AttributionNonces {

    static final Duration REPLAY_STORE_KEEPS = Duration.ofDays(7);

    private final ReplayGuard replays;
    private final AttributionRecords records;
    private final NonceUnused policy = new NonceUnused();

    AttributionNonces(ReplayGuard replays, AttributionRecords records) {
        this.replays = replays;
        this.records = records;
    }

    /** Spends the nonce of a claim bound to an upload grant on {@code store}. */
    Decision consumeAtUpload(SignedAttribution claim, String store, Instant now) {
        return claimInReplayStore(claim, now).and(() -> recorded(() -> records.bindAtUpload(claim, store, now)));
    }

    /**
     * Whether the claim may be registered: its nonce unused (then claimed in the replay store now), or used by
     * this same claim not yet settled. {@link #recordRegistration} then spends it for good.
     */
    Decision admitRegistration(SignedAttribution claim, Instant now) {
        Optional<NonceUse> earlier;
        try {
            earlier = records.nonceUse(claim.attribution().hotkey(), claim.attribution().nonce());
        } catch (DependencyUnavailable down) {
            return Decision.deny(ReasonCode.GRANT_LEDGER_UNAVAILABLE);
        }
        Decision decision = policy.checkAtRegistration(earlier, claim);
        return decision.allowed() && earlier.isEmpty() ? claimInReplayStore(claim, now) : decision;
    }

    Decision recordRegistration(SignedAttribution claim, AttributionReceipt receipt, String store, Instant now) {
        return recorded(() -> records.register(claim, receipt, store, now));
    }

    private Decision claimInReplayStore(SignedAttribution claim, Instant now) {
        ReplayKey key = ReplayKey.ofAttributionNonce(claim.attribution().hotkey(), claim.attribution().nonce());
        Instant signedAt = Instant.ofEpochSecond(claim.attribution().timestamp());
        Instant keepUntil = (signedAt.isAfter(now) ? signedAt : now).plus(REPLAY_STORE_KEEPS);
        try {
            return replays.claim(new ReplayClaim.SingleUse(key, keepUntil), now) == ReplayVerdict.FIRST_USE ? Decision.allow()
                    : Decision.deny(ReasonCode.ATTRIBUTION_NONCE_REUSED);
        } catch (DependencyUnavailable down) {
            return Decision.deny(ReasonCode.RATE_LIMITER_UNAVAILABLE);
        }
    }

    /** A write that answers whether the nonce was free; an outage is the ledger's. */
    private static Decision recorded(java.util.function.BooleanSupplier write) {
        try {
            return write.getAsBoolean() ? Decision.allow() : Decision.deny(ReasonCode.ATTRIBUTION_NONCE_REUSED);
        } catch (DependencyUnavailable down) {
            return Decision.deny(ReasonCode.GRANT_LEDGER_UNAVAILABLE);
        }
    }
}
