package io.subnetstorage.auth.application.mirror;

import static io.subnetstorage.auth.application.mirror.MirrorHarness.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.in.mirror.MirrorScanReport;
import io.subnetstorage.auth.application.port.out.mirror.MirrorState;
import io.subnetstorage.auth.application.port.out.mirror.UploadSeen;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery: which folders are scanned where, when, and what becomes work for which store. */
class MirrorScanTest {

    static final Hotkey NEWCOMER = Hotkey.of("5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy");

    @TempDir
    Path spool;

    final MemoryStore s3 = new MemoryStore(StoreKind.S3, MirrorHarness.THRESHOLD);
    final MemoryStore hippius = new MemoryStore(StoreKind.HIPPIUS, MirrorHarness.THRESHOLD);

    static ObjectKey data(Hotkey miner, String name) {
        return new ObjectKey("data/hotkey=" + miner.value() + "/job_id=1/" + name);
    }

    @Test
    void dataAndAttributionSidecarsOfTheUploadStoreBecomeWorkForEveryMirrorOnceAnInterval() {
        MirrorHarness mirror = new MirrorHarness(MirrorHarness.phases(StoreKind.S3, StoreKind.HIPPIUS), spool, s3, hippius);
        ObjectKey sidecar = new ObjectKey("attribution/hotkey=" + ALICE.value() + "/job_id=1/a.parquet.json");
        s3.upload(data(ALICE, "a.parquet"), new byte[10], Map.of());
        s3.upload(sidecar, new byte[3], Map.of());
        s3.upload(new ObjectKey("elsewhere/b"), new byte[3], Map.of());
        hippius.upload(data(ALICE, "on-the-mirror-only"), new byte[5], Map.of());

        MirrorScanReport report = mirror.scan.scanIfDue().orElseThrow();
        assertEquals(2, report.objectsFound());
        assertEquals(2, report.discovered());
        assertEquals(MirrorState.PENDING, mirror.ledger.row(StoreKind.HIPPIUS, sidecar).state);
        assertNull(mirror.ledger.row(StoreKind.S3, data(ALICE, "on-the-mirror-only")), "a mirror alone is no source");
        assertEquals(Optional.empty(), mirror.scan.scanIfDue(), "not again within the interval");

        mirror.clock.advance(MirrorHarness.SCAN_INTERVAL);
        assertEquals(0, mirror.scan.scanIfDue().orElseThrow().discovered(), "known objects are not work again");
    }

    @Test
    void aFormerUploadStoreIsDrainedToTheUploadStoreThenNoLongerScannedUntilGrantedAgain() {
        // Cutover: miners upload to Hippius; S3, the former upload store, is a mirror.
        MirrorHarness mirror = new MirrorHarness(MirrorHarness.phases(StoreKind.HIPPIUS, StoreKind.S3), spool, s3, hippius);
        Instant start = mirror.clock.instant();
        mirror.sources.remember(java.util.List.of(new UploadSeen(ALICE, StoreKind.S3, start.minus(Duration.ofDays(2)), start.plusSeconds(3600))));
        s3.upload(data(ALICE, "old"), new byte[7], Map.of());
        hippius.upload(data(ALICE, "new"), new byte[8], Map.of());

        mirror.scan.scanIfDue();
        assertNotNull(mirror.ledger.row(StoreKind.HIPPIUS, data(ALICE, "old")), "the old store's objects go to the upload store");
        assertNotNull(mirror.ledger.row(StoreKind.S3, data(ALICE, "new")), "and the new ones to the mirror");
        mirror.copyAll(StoreKind.HIPPIUS);
        mirror.copyAll(StoreKind.S3);
        mirror.clock.advance(MirrorHarness.SCAN_INTERVAL);
        mirror.scan.scanIfDue();
        assertTrue(mirror.sources.drainedAt.isEmpty(), "a grant to S3 is still valid: objects may still arrive there");

        mirror.clock.advance(Duration.ofHours(1));
        mirror.scan.scanIfDue();
        assertEquals(mirror.clock.instant(), mirror.sources.drainedAt.get(StoreKind.S3));
        s3.upload(data(ALICE, "late"), new byte[9], Map.of());
        mirror.clock.advance(MirrorHarness.SCAN_INTERVAL);
        mirror.scan.scanIfDue();
        assertNull(mirror.ledger.row(StoreKind.HIPPIUS, data(ALICE, "late")), "a drained store is not scanned");

        mirror.sources.remember(java.util.List.of(new UploadSeen(ALICE, StoreKind.S3, mirror.clock.instant(),
                mirror.clock.instant().plusSeconds(60))));
        mirror.clock.advance(MirrorHarness.SCAN_INTERVAL);
        mirror.scan.scanIfDue();
        assertNotNull(mirror.ledger.row(StoreKind.HIPPIUS, data(ALICE, "late")), "a new grant to it makes it a source again");
    }

    @Test
    void aStoreThatCannotBeListedIsNeverDrained() {
        MirrorHarness mirror = new MirrorHarness(MirrorHarness.phases(StoreKind.HIPPIUS, StoreKind.S3), spool, s3, hippius);
        mirror.sources.remember(java.util.List.of(new UploadSeen(ALICE, StoreKind.S3, Instant.EPOCH, Instant.EPOCH.plusSeconds(1))));
        s3.down = true;

        MirrorScanReport report = mirror.scan.scanIfDue().orElseThrow();
        assertEquals(2, report.failedFolders(), "Alice's and Charlie's folders on S3");
        assertTrue(report.lastFailure().orElseThrow().startsWith("s3: "), report.lastFailure().orElseThrow());
        assertTrue(mirror.sources.drainedAt.isEmpty());
    }

    @Test
    void aMinerIsScannedSoonAfterAnUploadGrantWithoutWaitingForTheFullScan() {
        MirrorHarness mirror = new MirrorHarness(MirrorHarness.phases(StoreKind.S3, StoreKind.HIPPIUS), spool, s3, hippius);
        assertEquals(Optional.of(MirrorScanReport.EMPTY), mirror.follow.follow(), "the first run only takes its position");
        Instant granted = mirror.clock.instant().plusSeconds(1);
        mirror.sources.grants.add(new UploadSeen(NEWCOMER, StoreKind.S3, granted, granted.plusSeconds(3600)));
        s3.upload(data(NEWCOMER, "fresh"), new byte[11], Map.of());

        mirror.clock.advance(Duration.ofSeconds(20));
        assertEquals(0, mirror.follow.follow().orElseThrow().folders(), "a grant is followed once it is 30 s old");
        mirror.clock.advance(Duration.ofSeconds(20));
        MirrorScanReport report = mirror.follow.follow().orElseThrow();
        assertEquals(1, report.folders());
        assertEquals(1, report.discovered());
        assertEquals(MirrorState.PENDING, mirror.ledger.row(StoreKind.HIPPIUS, data(NEWCOMER, "fresh")).state);
        assertTrue(mirror.sources.uploaders.contains(NEWCOMER), "and the full scan now lists that miner too");
        mirror.clock.advance(Duration.ofMinutes(1));
        mirror.follow.follow();
        mirror.clock.advance(Duration.ofMinutes(1));
        assertEquals(0, mirror.follow.follow().orElseThrow().folders(), "a grant is read again only within the overlap");
    }
}
