package io.subnetstorage.auth.domain.registration;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A miner's registration: its status, when it registered, and, once it left (deregistered itself, was
 * deregistered by the owner, or dropped off the metagraph), when its cleanup is due.
 */
public record Registration(Hotkey hotkey, RegistrationStatus status, Optional<Instant> registeredAt, Optional<Instant> cleanupAt,
        Optional<String> reason) {

    public Registration {
        Objects.requireNonNull(hotkey, "hotkey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(cleanupAt, "cleanupAt");
        Objects.requireNonNull(reason, "reason");
    }

    public static Registration none(Hotkey hotkey) {
        return new Registration(hotkey, RegistrationStatus.NONE, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
