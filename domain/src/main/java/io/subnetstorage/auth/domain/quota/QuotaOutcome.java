package io.subnetstorage.auth.domain.quota;

import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.time.Instant;
import java.util.Objects;

/** The answer of one atomic check-and-charge: whether it passed, the limit that applied, and when the window resets. */
public record QuotaOutcome(Decision decision, long limit, Instant resetsAt) {

    public QuotaOutcome {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(resetsAt, "resetsAt");
    }

    public static QuotaOutcome allowed(long limit, Instant resetsAt) {
        return new QuotaOutcome(Decision.allow(), limit, resetsAt);
    }

    public static QuotaOutcome hotkeyExceeded(long limit, Instant resetsAt) {
        return new QuotaOutcome(Decision.deny(ReasonCode.DAILY_QUOTA_EXCEEDED), limit, resetsAt);
    }

    public static QuotaOutcome globalExceeded(long limit, Instant resetsAt) {
        return new QuotaOutcome(Decision.deny(ReasonCode.GLOBAL_QUOTA_EXCEEDED), limit, resetsAt);
    }
}
