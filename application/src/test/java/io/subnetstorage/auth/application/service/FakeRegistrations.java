package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.registration.Registration;
import io.subnetstorage.auth.domain.registration.RegistrationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Registrations in memory, with the adapter's state machine (absence cancels only the cleanup it scheduled). */
final class FakeRegistrations implements MinerRegistrations {

    final Map<Hotkey, Registration> rows = new HashMap<>();
    private final Set<Hotkey> absent = new HashSet<>();

    @Override
    public Registration find(Hotkey miner) {
        return rows.getOrDefault(miner, Registration.none(miner));
    }

    @Override
    public Registration register(Hotkey miner, Coldkey coldkey, String bucket, Instant now) {
        absent.remove(miner);
        return put(new Registration(miner, RegistrationStatus.REGISTERED, Optional.of(now), Optional.empty(), Optional.empty()));
    }

    @Override
    public Registration deregister(Hotkey miner, String reason, Instant now, Instant cleanupAt) {
        Registration current = find(miner);
        return put(new Registration(miner, RegistrationStatus.DEREGISTERED, current.registeredAt(), Optional.of(cleanupAt),
                Optional.of(reason)));
    }

    @Override
    public void followMembership(Set<Hotkey> present, Instant now, Duration retention) {
        for (Registration row : List.copyOf(rows.values())) {
            if (row.status() != RegistrationStatus.REGISTERED) {
                continue;
            }
            if (!present.contains(row.hotkey()) && absent.add(row.hotkey())) {
                put(new Registration(row.hotkey(), row.status(), row.registeredAt(), Optional.of(now.plus(retention)),
                        Optional.of("left the metagraph")));
            } else if (present.contains(row.hotkey()) && absent.remove(row.hotkey())) {
                put(new Registration(row.hotkey(), row.status(), row.registeredAt(), Optional.empty(), Optional.empty()));
            }
        }
    }

    @Override
    public List<Registration> dueForCleanup(Instant now, int limit) {
        return rows.values().stream().filter(r -> r.status() != RegistrationStatus.ARCHIVED)
                .filter(r -> r.cleanupAt().filter(at -> !at.isAfter(now)).isPresent())
                .sorted(Comparator.comparing(r -> r.cleanupAt().orElseThrow())).limit(limit).toList();
    }

    @Override
    public void archive(Hotkey miner, Instant now) {
        Registration current = find(miner);
        put(new Registration(miner, RegistrationStatus.ARCHIVED, current.registeredAt(), current.cleanupAt(), current.reason()));
    }

    @Override
    public List<Registration> active() {
        return rows.values().stream().filter(r -> r.status() != RegistrationStatus.ARCHIVED).toList();
    }

    private Registration put(Registration registration) {
        rows.put(registration.hotkey(), registration);
        return registration;
    }
}
