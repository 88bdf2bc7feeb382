package io.subnetstorage.auth.domain.registration;

import java.util.Locale;

/**
 * A miner's registration with the service (SPEC §8), apart from its metagraph membership: {@code none}
 * (only seen on the metagraph), {@code registered}, {@code deregistered} (cleanup scheduled) or
 * {@code archived} (cleaned up).
 */
public enum RegistrationStatus {
    NONE,
    REGISTERED,
    DEREGISTERED,
    ARCHIVED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A deregistered or archived miner gets no upload grant; validators still read its data. */
    public boolean mayUpload() {
        return this == NONE || this == REGISTERED;
    }
}
