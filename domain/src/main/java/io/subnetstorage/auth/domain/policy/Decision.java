package io.subnetstorage.auth.domain.policy;

import java.util.Objects;
import java.util.Optional;

/** The outcome of one policy: allowed, or denied with the reason that explains it. */
public final class Decision {

    private static final Decision ALLOWED = new Decision(null);
    private final ReasonCode reason;

    private Decision(ReasonCode reason) {
        this.reason = reason;
    }

    public static Decision allow() {
        return ALLOWED;
    }

    public static Decision deny(ReasonCode reason) {
        return new Decision(Objects.requireNonNull(reason, "reason"));
    }

    public boolean allowed() {
        return reason == null;
    }

    public Optional<ReasonCode> reason() {
        return Optional.ofNullable(reason);
    }

    /** The first denial wins, so the audit trail records the most basic reason. */
    public Decision and(java.util.function.Supplier<Decision> next) {
        return allowed() ? next.get() : this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Decision that && Objects.equals(reason, that.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(reason);
    }

    @Override
    public String toString() {
        return allowed() ? "allowed" : "denied(" + reason + ")";
    }
}
