package io.subnetstorage.auth.application.mirror;

import static io.subnetstorage.auth.application.mirror.MirrorHarness.ALICE;
import static io.subnetstorage.auth.application.mirror.MirrorHarness.CHARLIE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.mirror.MirrorState;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies to a mirror written in batches (the HuggingFace Hub), against an in-memory Hub. */
class BatchCopyTest {

    @TempDir
    Path spool;

    final MemoryStore s3 = new MemoryStore(StoreKind.S3, MirrorHarness.THRESHOLD);
    final MemoryStore hippius = new MemoryStore(StoreKind.HIPPIUS, MirrorHarness.THRESHOLD);
    final MemoryBatchStore hub = new MemoryBatchStore(3);

    MirrorHarness harness() {
        return new MirrorHarness(MirrorHarness.phases(StoreKind.S3, StoreKind.HIPPIUS, StoreKind.HUGGINGFACE), spool, s3, hippius, hub);
    }

    static ObjectKey key(Hotkey miner, int i) {
        return new ObjectKey("data/hotkey=" + miner.value() + "/job_id=1/f" + i + ".parquet");
    }

    @Test
    void aBacklogGoesInBatchesOfAtMostMaxBatchPerRepositoryEachVerifiedBySha256() throws IOException {
        MirrorHarness mirror = harness();
        for (int i = 0; i < 5; i++) {
            s3.upload(key(ALICE, i), ObjectCopyTest.bytes(200 + i, i), Map.of());
            s3.upload(key(CHARLIE, i), ObjectCopyTest.bytes(2000 + i, 10 + i), Map.of());
        }
        mirror.scan.scanIfDue();
        mirror.copyAll(StoreKind.HUGGINGFACE);

        assertTrue(hub.batchSizes.stream().allMatch(size -> size <= 3), hub.batchSizes.toString());
        assertEquals(10, hub.batchSizes.stream().mapToInt(Integer::intValue).sum(), "each object written once");
        for (int i = 0; i < 5; i++) {
            for (Hotkey miner : new Hotkey[] {ALICE, CHARLIE}) {
                byte[] bytes = s3.objects.get(key(miner, i).value()).bytes();
                String repo = hub.layout().minerFolder(miner).bucket().value();
                assertArrayEquals(bytes, hub.files.get(repo + "/" + key(miner, i).value()));
                MemoryMirrorLedger.Row row = mirror.ledger.row(StoreKind.HUGGINGFACE, key(miner, i));
                assertEquals(MirrorState.VERIFIED, row.state);
                assertEquals(MemoryBatchStore.sha256(bytes), row.sha256.orElseThrow());
            }
        }
        assertEquals(10, mirror.events(StoreKind.HUGGINGFACE, "copied"));
        try (var left = Files.list(spool)) {
            assertEquals(0, left.count(), "spooled files are deleted");
        }
    }

    @Test
    void outcomesMapToStatesOneByOne() {
        MirrorHarness mirror = harness();
        String repo = hub.layout().minerFolder(ALICE).bucket().value();
        s3.upload(key(ALICE, 0), ObjectCopyTest.bytes(10, 0), Map.of());
        s3.upload(key(ALICE, 1), ObjectCopyTest.bytes(10, 1), Map.of());
        s3.upload(key(ALICE, 2), ObjectCopyTest.bytes(10, 2), Map.of());
        hub.files.put(repo + "/" + key(ALICE, 1).value(), ObjectCopyTest.bytes(10, 1));
        hub.files.put(repo + "/" + key(ALICE, 2).value(), ObjectCopyTest.bytes(10, 99));
        s3.upload(key(ALICE, 3), ObjectCopyTest.bytes(10, 3), Map.of());
        hub.failing.add(key(ALICE, 3).value());
        mirror.scan.scanIfDue();
        mirror.copyAll(StoreKind.HUGGINGFACE);

        assertEquals(MirrorState.VERIFIED, mirror.ledger.row(StoreKind.HUGGINGFACE, key(ALICE, 0)).state);
        assertEquals(MirrorState.VERIFIED, mirror.ledger.row(StoreKind.HUGGINGFACE, key(ALICE, 1)).state, "already present");
        assertEquals(MirrorState.CONFLICT, mirror.ledger.row(StoreKind.HUGGINGFACE, key(ALICE, 2)).state);
        assertArrayEquals(ObjectCopyTest.bytes(10, 99), hub.files.get(repo + "/" + key(ALICE, 2).value()), "never overwritten");
        MemoryMirrorLedger.Row failed = mirror.ledger.row(StoreKind.HUGGINGFACE, key(ALICE, 3));
        assertEquals(MirrorState.FAILED, failed.state);
        assertTrue(failed.error.orElseThrow().contains("refused by the fake"), failed.error.orElseThrow());
        assertEquals(1, mirror.events(StoreKind.HUGGINGFACE, "copied"));
        assertEquals(1, mirror.events(StoreKind.HUGGINGFACE, "conflict"));
        assertEquals(1, mirror.events(StoreKind.HUGGINGFACE, "refused"));
    }

    @Test
    void aHubOutagePausesTheHubMirrorAloneAndItCatchesUpAfterwards() {
        MirrorHarness mirror = harness();
        for (int i = 0; i < 4; i++) {
            s3.upload(key(ALICE, i), ObjectCopyTest.bytes(50, i), Map.of());
        }
        mirror.scan.scanIfDue();
        hub.down = true;

        var round = mirror.copy.copyRound(StoreKind.HUGGINGFACE);
        assertEquals(3, round.failed(), "the one batch tried failed whole");
        assertTrue(round.waitBeforeNext().compareTo(Duration.ZERO) > 0, "the Hub mirror pauses");
        assertEquals(0, mirror.copy.copyRound(StoreKind.HUGGINGFACE).claimed(), "and claims nothing while paused");
        mirror.copyAll(StoreKind.HIPPIUS);
        assertEquals(4, hippius.objects.size(), "the other mirror is not held up");
        assertEquals(3, mirror.events(StoreKind.HUGGINGFACE, "mirror_unavailable"));

        hub.down = false;
        mirror.clock.advance(Duration.ofMinutes(1));
        mirror.copyAll(StoreKind.HUGGINGFACE);
        assertEquals(4, hub.files.size());
        assertEquals(0, mirror.lag.lag().get(StoreKind.HUGGINGFACE).objects());
    }
}
