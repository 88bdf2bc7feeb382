package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.registration.Registration;
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
