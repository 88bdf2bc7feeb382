package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A request was refused, with its reason and the role it claimed (for metrics; the audit trail has it
 * only when the signature verified). Quota refusals also carry the limit that applied and when it resets,
 * for the contract's text and a Retry-After header.
 */
public class AccessRefused extends RuntimeException {

    private final ReasonCode reason;
    private final Role role;
    private final OptionalLong limit;
    private final Optional<Instant> retryAt;

    public AccessRefused(ReasonCode reason, Role role) {
        this(reason, role, OptionalLong.empty(), Optional.empty());
    }

    public AccessRefused(ReasonCode reason, Role role, OptionalLong limit, Optional<Instant> retryAt) {
        super(reason.name(), null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.role = Objects.requireNonNull(role, "role");
        this.limit = Objects.requireNonNull(limit, "limit");
        this.retryAt = Objects.requireNonNull(retryAt, "retryAt");
    }

    public ReasonCode reason() {
        return reason;
    }

    public Role role() {
        return role;
    }

    public OptionalLong limit() {
        return limit;
    }

    public Optional<Instant> retryAt() {
        return retryAt;
    }
}
