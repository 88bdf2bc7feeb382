package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One request's outcome. {@code hotkey} is the claimed signer as text: a denied request may carry junk. */
public record AuditEvent(
        Instant at, RequestOrigin origin, Role role, Optional<String> hotkey, Optional<ReasonCode> denial) {

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(hotkey, "hotkey");
        Objects.requireNonNull(denial, "denial");
    }

    public boolean allowed() {
        return denial.isEmpty();
    }
}
