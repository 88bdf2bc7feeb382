package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A request was refused, with the reason the audit trail stored. Quota refusals also carry the limit
 * that applied and when it resets, for the contract's text and a Retry-After header.
 */
public class AccessRefused extends RuntimeException {

    private final ReasonCode reason;
    private final OptionalLong limit;
    private final Optional<Instant> retryAt;

    public AccessRefused(ReasonCode reason) {
        this(reason, OptionalLong.empty(), Optional.empty());
    }

    public AccessRefused(ReasonCode reason, OptionalLong limit, Optional<Instant> retryAt) {
        super(reason.name(), null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.limit = limit;
        this.retryAt = retryAt;
    }

    public ReasonCode reason() {
        return reason;
    }

    public OptionalLong limit() {
        return limit;
    }

    public Optional<Instant> retryAt() {
        return retryAt;
    }
}
