package io.subnetstorage.auth.application.mirror;

import static io.subnetstorage.auth.application.mirror.MirrorHarness.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.mirror.MirrorState;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mirror that cannot be written pauses itself, backs off longer each time, and never holds up another. */
class MirrorOutageTest {

    @TempDir
    Path spool;

    final MemoryStore s3 = new MemoryStore(StoreKind.S3, MirrorHarness.THRESHOLD);
    final MemoryStore hippius = new MemoryStore(StoreKind.HIPPIUS, MirrorHarness.THRESHOLD);
    final MemoryBatchStore hub = new MemoryBatchStore(100);

    @Test
    void hippiusDownPausesOnlyHippiusWithGrowingWaitsThenEverythingArrives() {
        MirrorHarness mirror = new MirrorHarness(MirrorHarness.phases(StoreKind.S3, StoreKind.HIPPIUS, StoreKind.HUGGINGFACE), spool,
                s3, hippius, hub);
        for (int i = 0; i < 6; i++) {
            s3.upload(new ObjectKey("data/hotkey=" + ALICE.value() + "/job_id=2/f" + i), ObjectCopyTest.bytes(64, i), Map.of());
        }
        mirror.scan.scanIfDue();
        hippius.down = true;

        var first = mirror.copy.copyRound(StoreKind.HIPPIUS);
        assertEquals(4, first.claimed());
        assertEquals(1, first.failed(), "one object fails; the rest of the round is given back untried");
        assertEquals(Duration.ofSeconds(5), first.waitBeforeNext());
        assertEquals(6, mirror.lag.lag().get(StoreKind.HIPPIUS).objects(), "nothing is lost");
        mirror.copyAll(StoreKind.HUGGINGFACE);
        assertEquals(6, hub.files.size(), "the Hub mirror copies everything meanwhile");

        mirror.clock.advance(Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(10), mirror.copy.copyRound(StoreKind.HIPPIUS).waitBeforeNext(), "a longer pause the next time");
        assertEquals(2, mirror.events(StoreKind.HIPPIUS, "mirror_unavailable"));

        hippius.down = false;
        mirror.clock.advance(Duration.ofMinutes(5));
        mirror.copyAll(StoreKind.HIPPIUS);
        assertEquals(6, hippius.objects.size());
        assertTrue(mirror.ledger.rows.values().stream().allMatch(row -> row.state == MirrorState.VERIFIED));
        assertEquals(CopyToMirrorService.IDLE, mirror.copy.copyRound(StoreKind.HIPPIUS).waitBeforeNext(), "no pause once it is back");
    }
}
