package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.registration.Registration;
import io.subnetstorage.auth.domain.registration.RegistrationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Miners' registrations with the service (SPEC §8). Throws {@link DependencyUnavailable} when the database
 * cannot be reached.
 */
public interface MinerRegistrations {

    /** The registration, or status {@code none} when the miner never registered. */
    Registration find(Hotkey miner);

    /**
     * Whether the miner's registration allows an upload grant now ({@link RegistrationStatus#mayUpload}). Asked
     * on every upload grant, so an implementation may answer "yes" from a short-lived cache; a "no" it must read.
     */
    default boolean mayUpload(Hotkey miner) {
        return find(miner).status().mayUpload();
    }

    /** Registers (or re-registers, cancelling a scheduled cleanup); answers the registration as stored. */
    Registration register(Hotkey miner, Coldkey coldkey, String bucket, Instant now);

    /** Deregisters a registered miner, its cleanup due at {@code cleanupAt}. */
    Registration deregister(Hotkey miner, String reason, Instant now, Instant cleanupAt);

    /**
     * Follows an accepted metagraph snapshot: a registered miner absent from {@code present} is scheduled for
     * cleanup at its first absence plus {@code retention}; one that came back has that schedule cancelled.
     */
    void followMembership(Set<Hotkey> present, Instant now, Duration retention);

    /** Registrations whose cleanup is due, oldest first. */
    List<Registration> dueForCleanup(Instant now, int limit);

    void archive(Hotkey miner, Instant now);

    /** Registrations not archived: whose data validators may still read. */
    List<Registration> active();
}
