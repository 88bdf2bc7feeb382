package io.subnetstorage.auth.application.mirror;

import static io.subnetstorage.auth.application.mirror.MirrorHarness.ALICE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.mirror.MirrorState;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies to a mirror written one object at a time: verified while copying, asked first, never overwritten. */
class ObjectCopyTest {

    static final ObjectKey KEY = new ObjectKey("data/hotkey=" + ALICE.value() + "/job_id=1/a.parquet");

    @TempDir
    Path spool;

    final MemoryStore s3 = new MemoryStore(StoreKind.S3, MirrorHarness.THRESHOLD);
    final MemoryStore hippius = new MemoryStore(StoreKind.HIPPIUS, MirrorHarness.THRESHOLD);

    MirrorHarness harness() {
        return new MirrorHarness(MirrorHarness.phases(StoreKind.S3, StoreKind.HIPPIUS), spool, s3, hippius);
    }

    static byte[] bytes(int size, int seed) {
        byte[] bytes = new byte[size];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void anObjectIsCopiedWithItsMetadataAndVerifiedFromTheBytesReadAndSent() {
        MirrorHarness mirror = harness();
        s3.upload(KEY, "attributed bytes".getBytes(StandardCharsets.UTF_8), Map.of("sha256", "abc", "attribution", "bWVzc2FnZQ=="));
        mirror.scan.scanIfDue();
        assertEquals(1, mirror.lag.lag().get(StoreKind.HIPPIUS).objects());

        mirror.copyAll(StoreKind.HIPPIUS);

        MemoryStore.Stored copy = hippius.objects.get(KEY.value());
        assertArrayEquals(s3.objects.get(KEY.value()).bytes(), copy.bytes());
        assertEquals(Map.of("sha256", "abc", "attribution", "bWVzc2FnZQ=="), copy.metadata());
        MemoryMirrorLedger.Row row = mirror.ledger.row(StoreKind.HIPPIUS, KEY);
        assertEquals(MirrorState.VERIFIED, row.state);
        assertEquals(MemoryBatchStore.sha256(copy.bytes()), row.sha256.orElseThrow());
        assertEquals(0, mirror.lag.lag().get(StoreKind.HIPPIUS).objects());
        assertEquals(1, mirror.events(StoreKind.HIPPIUS, "copied"));
    }

    @Test
    void anObjectAboveTheThresholdIsVerifiedByItsMultipartEtag() {
        MirrorHarness mirror = harness();
        s3.upload(KEY, bytes(3000, 1), Map.of());
        mirror.scan.scanIfDue();
        mirror.copyAll(StoreKind.HIPPIUS);

        assertTrue(hippius.objects.get(KEY.value()).etag().endsWith("-3"), "written in three parts of 1024 bytes");
        assertEquals(MirrorState.VERIFIED, mirror.ledger.row(StoreKind.HIPPIUS, KEY).state);
    }

    @Test
    void theSameBytesAlreadyOnTheMirrorAreVerifiedWithoutACopyEvenUnderAnotherEtagForm() {
        MirrorHarness mirror = harness();
        byte[] bytes = bytes(3000, 2);
        s3.upload(KEY, bytes, Map.of());
        // Written to the mirror in one part by someone else: its ETag is the plain MD5, the source's is multipart.
        hippius.objects.put(KEY.value(), new MemoryStore.Stored(bytes, MemoryStore.etagOf(bytes, 1 << 20), "application/octet-stream", Map.of()));
        mirror.scan.scanIfDue();
        mirror.copyAll(StoreKind.HIPPIUS);

        assertEquals(0, hippius.puts.get());
        MemoryMirrorLedger.Row row = mirror.ledger.row(StoreKind.HIPPIUS, KEY);
        assertEquals(MirrorState.VERIFIED, row.state);
        assertEquals(MemoryBatchStore.sha256(bytes), row.sha256.orElseThrow(), "compared byte for byte");
    }

    @Test
    void otherBytesOnTheMirrorAreAConflictLeftUntouchedUntilAnOperatorRemovesThem() {
        MirrorHarness mirror = harness();
        byte[] ours = bytes(100, 3);
        s3.upload(KEY, ours, Map.of());
        byte[] theirs = bytes(100, 4);
        hippius.upload(KEY, theirs, Map.of("owner", "someone else"));
        mirror.scan.scanIfDue();
        mirror.copyAll(StoreKind.HIPPIUS);
        mirror.clock.advance(Duration.ofDays(1));
        mirror.copyAll(StoreKind.HIPPIUS);

        assertEquals(MirrorState.CONFLICT, mirror.ledger.row(StoreKind.HIPPIUS, KEY).state, "looked at again a day later: still");
        assertArrayEquals(theirs, hippius.objects.get(KEY.value()).bytes());
        assertEquals(0, hippius.puts.get());
        assertEquals(1, mirror.events(StoreKind.HIPPIUS, "conflict"), "counted once, when found");
        assertEquals(0, mirror.lag.lag().get(StoreKind.HIPPIUS).objects(), "a conflict waits for an operator, not for a retry");
        assertEquals(1, mirror.lag.lag().get(StoreKind.HIPPIUS).conflicts());

        hippius.objects.remove(KEY.value());
        mirror.clock.advance(Duration.ofDays(1));
        mirror.copyAll(StoreKind.HIPPIUS);
        assertEquals(MirrorState.VERIFIED, mirror.ledger.row(StoreKind.HIPPIUS, KEY).state, "resolved by removing the wrong object");
        assertArrayEquals(ours, hippius.objects.get(KEY.value()).bytes());
    }

    @Test
    void anObjectOverwrittenOnTheSourceAfterItsCopyBecomesAConflictNotAnOverwrite() {
        MirrorHarness mirror = harness();
        byte[] first = bytes(100, 5);
        s3.upload(KEY, first, Map.of());
        mirror.scan.scanIfDue();
        mirror.copyAll(StoreKind.HIPPIUS);
        s3.upload(KEY, bytes(120, 6), Map.of());
        mirror.clock.advance(MirrorHarness.SCAN_INTERVAL);
        mirror.scan.scanIfDue();
        mirror.copyAll(StoreKind.HIPPIUS);

        assertEquals(MirrorState.CONFLICT, mirror.ledger.row(StoreKind.HIPPIUS, KEY).state);
        assertArrayEquals(first, hippius.objects.get(KEY.value()).bytes());
    }

    @Test
    void anObjectGoneFromTheSourceBeforeItsCopyIsForgotten() {
        MirrorHarness mirror = harness();
        s3.upload(KEY, bytes(100, 7), Map.of());
        mirror.scan.scanIfDue();
        s3.objects.clear();
        mirror.copyAll(StoreKind.HIPPIUS);

        assertNull(mirror.ledger.row(StoreKind.HIPPIUS, KEY));
        assertFalse(hippius.objects.containsKey(KEY.value()));
    }

    @Test
    void anUnreadableSourceFailsTheObjectWithBackoffButDoesNotPauseTheMirror() {
        MirrorHarness mirror = harness();
        s3.upload(KEY, bytes(100, 8), Map.of());
        mirror.scan.scanIfDue();
        s3.down = true;
        var round = mirror.copy.copyRound(StoreKind.HIPPIUS);

        assertEquals(1, round.failed());
        assertEquals(Duration.ZERO, round.waitBeforeNext(), "the mirror itself is fine");
        MemoryMirrorLedger.Row row = mirror.ledger.row(StoreKind.HIPPIUS, KEY);
        assertEquals(MirrorState.FAILED, row.state);
        assertEquals(1, row.attempts);
        assertTrue(row.error.orElseThrow().contains("source"), row.error.orElseThrow());
        assertEquals(mirror.clock.instant().plusSeconds(30), row.nextAttempt);
        assertEquals(1, mirror.events(StoreKind.HIPPIUS, "source_unavailable"));

        s3.down = false;
        mirror.clock.advance(Duration.ofSeconds(30));
        mirror.copyAll(StoreKind.HIPPIUS);
        assertEquals(MirrorState.VERIFIED, mirror.ledger.row(StoreKind.HIPPIUS, KEY).state);
    }
}
