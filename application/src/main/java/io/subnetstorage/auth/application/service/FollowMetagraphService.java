package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.FollowMetagraphUseCase;
import io.subnetstorage.auth.application.port.out.SnapshotSizes;
import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.membership.Neuron;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.registration.SnapshotAcceptance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Schedules the cleanup of registered miners that left the metagraph, and cancels it for those that came
 * back (SPEC §8). Absence counts only across accepted snapshots: an empty one, another subnet's, or one more
 * than 10 % short of the membership a day earlier changes nothing.
 */
public final class FollowMetagraphService implements FollowMetagraphUseCase {

    static final Duration A_DAY = Duration.ofHours(24);

    private final MinerRegistrations registrations;
    private final SnapshotSizes history;
    private final SnapshotAcceptance acceptance;
    private final int netuid;
    private final Duration retention;
    private final Clock clock;

    public FollowMetagraphService(MinerRegistrations registrations, SnapshotSizes history, int netuid, Duration retention,
            Clock clock) {
        this.registrations = registrations;
        this.history = history;
        this.acceptance = new SnapshotAcceptance(netuid);
        this.netuid = netuid;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public boolean follow(MetagraphSnapshot snapshot) {
        Instant now = clock.instant();
        Decision decision = acceptance.check(snapshot, history.sizeAt(netuid, now.minus(A_DAY)));
        if (!decision.allowed()) {
            return false;
        }
        history.recordAccepted(netuid, snapshot.size(), now);
        Set<Hotkey> present = snapshot.neurons().stream().map(Neuron::hotkey).collect(Collectors.toSet());
        registrations.followMembership(present, now, retention);
        return true;
    }
}
