package io.subnetstorage.auth.domain.quota;

import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of one atomic check-and-charge: allowed, or refused by one line (whose limit the client is
 * told), and when the day's counters reset.
 */
public record QuotaOutcome(Optional<QuotaLine> refusedBy, Instant resetsAt) {

    public QuotaOutcome {
        Objects.requireNonNull(refusedBy, "refusedBy");
        Objects.requireNonNull(resetsAt, "resetsAt");
    }

    public static QuotaOutcome allowed(Instant resetsAt) {
        return new QuotaOutcome(Optional.empty(), resetsAt);
    }

    public static QuotaOutcome refused(QuotaLine line, Instant resetsAt) {
        return new QuotaOutcome(Optional.of(line), resetsAt);
    }

    public Decision decision() {
        return refusedBy.map(line -> Decision.deny(line.counter() == QuotaCounter.GLOBAL
                ? ReasonCode.GLOBAL_QUOTA_EXCEEDED : ReasonCode.DAILY_QUOTA_EXCEEDED)).orElse(Decision.allow());
    }

    /** The limit that refused, for the contract's {@code Daily limit of {N} exceeded.} */
    public long limit() {
        return refusedBy.map(QuotaLine::limit).orElse(0L);
    }
}
