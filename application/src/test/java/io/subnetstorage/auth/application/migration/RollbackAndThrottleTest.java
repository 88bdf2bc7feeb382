package io.subnetstorage.auth.application.migration;

import static io.subnetstorage.auth.application.migration.MigrationHarness.ALICE;
import static io.subnetstorage.auth.application.migration.MigrationHarness.bytes;
import static io.subnetstorage.auth.application.migration.MigrationHarness.key;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.in.migration.MigrationRefused;
import io.subnetstorage.auth.application.port.in.migration.StartMigrationCommand;
import io.subnetstorage.auth.application.port.out.migration.MigrationId;
import io.subnetstorage.auth.application.port.out.migration.MigrationState;
import io.subnetstorage.auth.application.port.out.migration.ObjectOutcome;
import io.subnetstorage.auth.application.port.out.migration.ObjectState;
import io.subnetstorage.auth.application.port.out.migration.Verification;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StorePhases;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RollbackAndThrottleTest {

    @Test
    void aRollbackDeletesExactlyWhatTheMigrationCreatedAndKeepsWhatTheSourceNoLongerHolds() {
        MigrationHarness h = new MigrationHarness();
        ObjectKey copied = key(ALICE, "copied.bin");
        ObjectKey already = key(ALICE, "already.bin");
        ObjectKey changed = key(ALICE, "changed.bin");
        h.s3.upload(copied, bytes(50, 1), Map.of());
        h.s3.upload(already, bytes(50, 2), Map.of());
        h.hippius.upload(already, bytes(50, 2), Map.of());
        h.s3.upload(changed, bytes(50, 3), Map.of());
        MigrationId id = h.start(Optional.of(List.of(ALICE)), false, Verification.ETAG);
        h.run(id);
        h.s3.upload(changed, bytes(50, 4), Map.of()); // the source's object is not the one copied any more

        h.service.rollback(id);
        assertEquals(MigrationState.ROLLING_BACK, h.service.progress(id).orElseThrow().migration().state());
        h.run(id);

        assertEquals(MigrationState.ROLLED_BACK, h.service.progress(id).orElseThrow().migration().state());
        assertFalse(h.hippius.objects.containsKey(copied.value()), "created by the migration: deleted");
        assertArrayEquals(bytes(50, 2), h.hippius.objects.get(already.value()).bytes(), "there before: never touched");
        assertTrue(h.hippius.objects.containsKey(changed.value()), "the source no longer holds it: kept");
        Map<String, ObjectOutcome> report = h.report(id);
        assertEquals(ObjectState.ROLLED_BACK, report.get(copied.value()).state());
        assertTrue(report.get(changed.value()).error().orElseThrow().startsWith("kept"), report.get(changed.value()).toString());
    }

    @Test
    void aRollbackIsRefusedWhileTheDestinationIsInUse() {
        List<StorePhases> inUse = List.of(StorePhases.single(StoreKind.HIPPIUS),
                new StorePhases(StoreKind.S3, Optional.of(StoreKind.HIPPIUS), 10, StoreKind.S3, Set.of()),
                new StorePhases(StoreKind.S3, Optional.empty(), 0, StoreKind.HIPPIUS, Set.of()),
                new StorePhases(StoreKind.S3, Optional.empty(), 0, StoreKind.S3, Set.of(StoreKind.HIPPIUS)));
        for (StorePhases phases : inUse) {
            MigrationHarness h = new MigrationHarness(phases);
            h.s3.upload(key(ALICE, "a.bin"), bytes(50, 1), Map.of());
            MigrationId id = h.start(Optional.of(List.of(ALICE)), false, Verification.ETAG);
            h.run(id);
            MigrationRefused refused = assertThrows(MigrationRefused.class, () -> h.service.rollback(id), phases.toString());
            assertEquals(MigrationRefused.Reason.DESTINATION_IN_USE, refused.reason());
            assertEquals("Destination is in use", refused.getMessage());
            assertTrue(h.hippius.objects.containsKey(key(ALICE, "a.bin").value()));
        }
        MigrationHarness nextAtZero = new MigrationHarness(new StorePhases(StoreKind.S3, Optional.of(StoreKind.HIPPIUS), 0, StoreKind.S3, Set.of()));
        MigrationId id = nextAtZero.start(Optional.of(List.of(ALICE)), false, Verification.ETAG);
        nextAtZero.run(id);
        nextAtZero.service.rollback(id); // the next upload store at 0 % takes no upload yet
    }

    @Test
    void startingRefusesHuggingFaceTheSameStoreAndADryRunsRollback() {
        assertThrows(IllegalArgumentException.class,
                () -> new StartMigrationCommand(StoreKind.S3, StoreKind.HUGGINGFACE, Optional.empty(), false, 100, Verification.ETAG));
        assertThrows(IllegalArgumentException.class,
                () -> new StartMigrationCommand(StoreKind.S3, StoreKind.S3, Optional.empty(), false, 100, Verification.ETAG));
        MigrationHarness h = new MigrationHarness();
        MigrationId dry = h.start(Optional.empty(), true, Verification.ETAG);
        h.run(dry);
        assertEquals(MigrationRefused.Reason.WRONG_STATE, assertThrows(MigrationRefused.class, () -> h.service.rollback(dry)).reason());
        assertEquals(MigrationRefused.Reason.WRONG_STATE, assertThrows(MigrationRefused.class, () -> h.service.resume(dry)).reason());
        assertEquals(MigrationRefused.Reason.NOT_FOUND, assertThrows(MigrationRefused.class, () -> h.service.pause(MigrationId.random())).reason());
    }

    @Test
    void thePausedMigrationStopsBetweenBatchesAndResumesWhereItStopped() {
        MigrationHarness h = new MigrationHarness();
        for (int i = 0; i < 5; i++) {
            h.s3.upload(key(ALICE, "f" + i), bytes(50, i), Map.of());
        }
        MigrationId id = h.start(Optional.of(List.of(ALICE)), false, Verification.ETAG);
        h.service.pause(id);
        h.run(id);
        assertEquals(0, h.hippius.puts.get(), "a paused migration does not run");
        h.service.resume(id);
        assertEquals(MigrationState.QUEUED, h.service.progress(id).orElseThrow().migration().state());
        h.run(id);
        assertEquals(5, h.service.progress(id).orElseThrow().counts().verified());
        assertEquals(5, h.hippius.puts.get());
    }

    @Test
    void theThrottleSpacesRequestsEvenly() {
        AtomicLong now = new AtomicLong();
        List<Duration> waits = new ArrayList<>();
        Throttle throttle = new Throttle(60, now::get, waits::add);
        throttle.acquire();
        throttle.acquire();
        throttle.acquire();
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        throttle.acquire();
        assertEquals(2, waits.size(), "after a quiet spell the next request goes at once");
    }
}
