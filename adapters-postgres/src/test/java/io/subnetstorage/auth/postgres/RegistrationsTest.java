package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.application.port.out.SnapshotSizes;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.registration.Registration;
import io.subnetstorage.auth.domain.registration.RegistrationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegistrationsTest {

    @RegisterExtension
    static final DatabaseContext DB = new DatabaseContext(Map.of());

    private static final Duration RETENTION = Duration.ofDays(30);

    private final MinerRegistrations registrations = DB.bean(MinerRegistrations.class);
    private final Coldkey coldkey = Coldkey.of(Fixtures.hotkey().value());

    @Test
    void aMinerRegistersDeregistersAndReRegistersCancellingItsCleanup() {
        Hotkey miner = Fixtures.hotkey();
        Instant now = Fixtures.now();
        assertEquals(RegistrationStatus.NONE, registrations.find(miner).status());

        Registration registered = registrations.register(miner, coldkey, "sn46-abc", now);
        assertEquals(RegistrationStatus.REGISTERED, registered.status());
        assertEquals(Optional.of(now), registered.registeredAt());

        Registration left = registrations.deregister(miner, "moving on", now.plusSeconds(60), now.plus(RETENTION));
        assertEquals(RegistrationStatus.DEREGISTERED, left.status());
        assertEquals(Optional.of(now.plus(RETENTION)), left.cleanupAt());
        assertEquals(Optional.of("moving on"), registrations.find(miner).reason());

        Registration back = registrations.register(miner, coldkey, "sn46-abc", now.plusSeconds(120));
        assertEquals(RegistrationStatus.REGISTERED, back.status());
        assertEquals(Optional.empty(), back.cleanupAt());
        assertTrue(registrations.dueForCleanup(now.plus(RETENTION).plusSeconds(1), 100).stream()
                .noneMatch(due -> due.hotkey().equals(miner)), "a re-registration cancels the cleanup");
    }

    @Test
    void absenceFromTheMetagraphSchedulesCleanupAndReturningCancelsIt() {
        Hotkey stays = Fixtures.hotkey();
        Hotkey wanders = Fixtures.hotkey();
        Hotkey quits = Fixtures.hotkey();
        Instant now = Fixtures.now();
        registrations.register(stays, coldkey, "b1", now);
        registrations.register(wanders, coldkey, "b2", now);
        registrations.register(quits, coldkey, "b3", now);
        Instant quitCleanup = now.plus(Duration.ofDays(3));
        registrations.deregister(quits, "by owner", now, quitCleanup);

        Instant gone = now.plusSeconds(600);
        registrations.followMembership(Set.of(stays, quits), gone, RETENTION);
        assertEquals(Optional.of(gone.plus(RETENTION)), registrations.find(wanders).cleanupAt());
        assertEquals(Optional.empty(), registrations.find(stays).cleanupAt());

        // Still absent later: the first absence counts, the schedule does not slide.
        registrations.followMembership(Set.of(stays, quits), gone.plusSeconds(600), RETENTION);
        assertEquals(Optional.of(gone.plus(RETENTION)), registrations.find(wanders).cleanupAt());

        registrations.followMembership(Set.of(stays, wanders, quits), gone.plusSeconds(1200), RETENTION);
        assertEquals(Optional.empty(), registrations.find(wanders).cleanupAt());
        assertEquals(RegistrationStatus.REGISTERED, registrations.find(wanders).status());
        assertEquals(Optional.of(quitCleanup), registrations.find(quits).cleanupAt(),
                "being on the metagraph does not cancel a deregistration");
    }

    @Test
    void dueRegistrationsAreArchivedOnceAndStayActiveForReadsUntilThen() {
        Hotkey miner = Fixtures.hotkey();
        Instant now = Fixtures.now();
        registrations.register(miner, coldkey, "b", now);
        registrations.deregister(miner, "done", now, now.plusSeconds(3600));

        assertTrue(registrations.dueForCleanup(now.plusSeconds(3599), 100).stream().noneMatch(due -> due.hotkey().equals(miner)));
        assertTrue(registrations.active().stream().anyMatch(active -> active.hotkey().equals(miner)));
        assertTrue(registrations.dueForCleanup(now.plusSeconds(3600), 100).stream().anyMatch(due -> due.hotkey().equals(miner)));

        registrations.archive(miner, now.plusSeconds(3600));
        assertEquals(RegistrationStatus.ARCHIVED, registrations.find(miner).status());
        assertFalse(registrations.dueForCleanup(now.plusSeconds(7200), 100).stream().anyMatch(due -> due.hotkey().equals(miner)));
        assertFalse(registrations.active().stream().anyMatch(active -> active.hotkey().equals(miner)));
    }

    @Test
    void snapshotSizesAnswerTheNearestEarlierAcceptedSnapshot() {
        SnapshotSizes sizes = DB.bean(SnapshotSizes.class);
        Instant now = Fixtures.now();
        int netuid = 9_000 + (int) (now.getNano() % 1000);
        assertEquals(OptionalInt.empty(), sizes.sizeAt(netuid, now));
        sizes.recordAccepted(netuid, 200, now.minus(Duration.ofHours(25)));
        sizes.recordAccepted(netuid, 180, now.minus(Duration.ofHours(2)));

        assertEquals(OptionalInt.of(200), sizes.sizeAt(netuid, now.minus(Duration.ofHours(24))));
        assertEquals(OptionalInt.of(180), sizes.sizeAt(netuid, now));
        assertEquals(OptionalInt.empty(), sizes.sizeAt(netuid + 1, now));
    }
}
