package io.subnetstorage.auth.application.service;

import static io.subnetstorage.auth.application.service.Harness.MINER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.in.UploadSweepReport;
import io.subnetstorage.auth.application.port.out.ExclusiveJobs;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.grant.SizeCheck;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The size check of SPEC §7 over in-memory ledger rows and a PUT-only store. */
class SweepUnboundedUploadsTest {

    private static final Duration LONG_AGO = SweepUnboundedUploadsService.SETTLE.plusMinutes(1);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    private final FakeObjectStore hippius = new FakeObjectStore(StoreKind.HIPPIUS, false);
    private final FakeUnboundedUploads ledger = new FakeUnboundedUploads();
    private final List<String> jobsRun = new ArrayList<>();
    private final ExclusiveJobs jobs = (job, work) -> {
        jobsRun.add(job);
        work.run();
        return true;
    };

    private SweepUnboundedUploadsService sweep(FakeObjectStore... stores) {
        return new SweepUnboundedUploadsService(ledger, jobs, new StoreRegistry(List.of(stores)), UploadRules.DEPLOYED, clock);
    }

    /** A ledger row as /get-file-upload-url writes it; {@code expiredAgo} negative for a URL still live. */
    private AccessGrant grant(StoreKind store, String key, String method, OptionalLong bound, Duration expiredAgo) {
        Instant expires = clock.instant().minus(expiredAgo);
        AccessGrant row = new AccessGrant(UUID.randomUUID(), MINER, Role.MINER, store.label(), FakeObjectStore.BUCKET.value(),
                new FolderPrefix(key.substring(0, key.lastIndexOf('/') + 1)), Set.of(Operation.UPLOAD), expires.minus(Duration.ofHours(1)),
                expires, "fake-key:0123abcd").forKey(new ObjectKey(key), method, bound);
        ledger.rows.add(row);
        return row;
    }

    private AccessGrant unbounded(String key, Duration expiredAgo) {
        return grant(StoreKind.HIPPIUS, key, "PUT", OptionalLong.empty(), expiredAgo);
    }

    private String uploaded(String name, long size) {
        String key = "data/hotkey=" + MINER.value() + "/job_id=1/" + name;
        hippius.keys.add(key);
        hippius.sizes.put(key, size);
        return key;
    }

    @Test
    void objectsOutsideTheRangeAreDeletedAndEveryOutcomeIsRecorded() {
        AccessGrant tiny = unbounded(uploaded("tiny.bin", 10), LONG_AGO);
        AccessGrant fine = unbounded(uploaded("fine.bin", 2000), LONG_AGO);
        AccessGrant huge = unbounded(uploaded("huge.bin", 5_368_709_121L), LONG_AGO);
        AccessGrant edge = unbounded(uploaded("edge.bin", 1024), LONG_AGO);
        AccessGrant unused = unbounded("data/hotkey=" + MINER.value() + "/job_id=1/never.bin", LONG_AGO);

        UploadSweepReport report = sweep(hippius).run().orElseThrow();

        assertEquals(new UploadSweepReport(2, 1, 2, 0), report);
        assertEquals(List.of(SweepUnboundedUploadsService.JOB), jobsRun, "through the exclusive job");
        Instant now = clock.instant();
        assertEquals(Optional.of(SizeCheck.deleted(10, now)), ledger.check(tiny.id()));
        assertEquals(Optional.of(SizeCheck.deleted(5_368_709_121L, now)), ledger.check(huge.id()));
        assertEquals(Optional.of(SizeCheck.ok(2000, now)), ledger.check(fine.id()));
        assertEquals(Optional.of(SizeCheck.ok(1024, now)), ledger.check(edge.id()));
        assertEquals(Optional.of(SizeCheck.absent(now)), ledger.check(unused.id()));
        assertFalse(hippius.keys.contains(tiny.objectKey().orElseThrow().value()));
        assertFalse(hippius.keys.contains(huge.objectKey().orElseThrow().value()));
        assertTrue(hippius.keys.contains(fine.objectKey().orElseThrow().value()));
        assertEquals(new UploadSweepReport(0, 0, 0, 0), sweep(hippius).run().orElseThrow(), "each grant is checked once");
    }

    @Test
    void nothingIsCheckedBeforeItsUrlHasExpiredAndSettled() {
        AccessGrant live = unbounded(uploaded("live.bin", 10), Duration.ofMinutes(-5));
        AccessGrant justExpired = unbounded(uploaded("settling.bin", 10), Duration.ofMinutes(5));

        assertEquals(0, sweep(hippius).run().orElseThrow().checked());
        assertEquals(Optional.empty(), ledger.check(live.id()));
        assertEquals(Optional.empty(), ledger.check(justExpired.id()));
        assertEquals(2, hippius.keys.size(), "an upload in flight when its URL expired is not judged yet");

        clock.advance(SweepUnboundedUploadsService.SETTLE.plusMinutes(10));
        assertEquals(2, sweep(hippius).run().orElseThrow().deleted());
        assertTrue(hippius.keys.isEmpty());
    }

    @Test
    void boundedGrantsFormsAndKeysOutsideDataAreNeverChecked() {
        String small = uploaded("small.bin", 10);
        grant(StoreKind.HIPPIUS, small, "PUT", OptionalLong.of(2000), LONG_AGO);
        grant(StoreKind.HIPPIUS, small, "POST", OptionalLong.empty(), LONG_AGO);
        String sidecar = "attribution/hotkey=" + MINER.value() + "/x.json";
        hippius.keys.add(sidecar);
        hippius.sizes.put(sidecar, 10L);
        grant(StoreKind.HIPPIUS, sidecar, "PUT", OptionalLong.empty(), LONG_AGO);

        assertEquals(0, sweep(hippius).run().orElseThrow().checked());
        assertTrue(hippius.keys.containsAll(List.of(small, sidecar)));
    }

    @Test
    void aGrantWhoseStoreIsNoLongerConfiguredIsLeftUnchecked() {
        AccessGrant elsewhere = grant(StoreKind.S3, uploaded("old.bin", 10), "PUT", OptionalLong.empty(), LONG_AGO);

        assertEquals(new UploadSweepReport(0, 0, 0, 0), sweep(hippius).run().orElseThrow());
        assertEquals(Optional.empty(), ledger.check(elsewhere.id()));
        assertTrue(hippius.keys.contains(elsewhere.objectKey().orElseThrow().value()), "never looked up on another store");
    }

    @Test
    void aStoreOutageLeavesItsGrantsForTheNextRun() {
        AccessGrant tiny = unbounded(uploaded("tiny.bin", 10), LONG_AGO);
        unbounded(uploaded("other.bin", 10), LONG_AGO);
        hippius.down = true;

        UploadSweepReport down = sweep(hippius).run().orElseThrow();
        assertEquals(0, down.checked());
        assertEquals(2, down.deferred());
        assertEquals(1, hippius.heads, "the first failure stops asking that store");
        assertEquals(Optional.empty(), ledger.check(tiny.id()));

        hippius.down = false;
        assertEquals(2, sweep(hippius).run().orElseThrow().deleted());
        assertEquals(SizeCheck.Outcome.DELETED, ledger.check(tiny.id()).orElseThrow().outcome());
    }

    @Test
    void aKeyTheStoreRefusesWaitsWhileTheRestGoOnEvenPastAFullBatch() {
        int stuck = SweepUnboundedUploadsService.BATCH + 5;
        IntStream.range(0, stuck).forEach(i -> {
            String key = uploaded("stuck" + i + ".bin", 10);
            hippius.refusals.put(key, StoreRefused.Reason.ACCESS_DENIED);
            unbounded(key, LONG_AGO.plusMinutes(10));
        });
        AccessGrant later = unbounded(uploaded("later.bin", 10), LONG_AGO);

        UploadSweepReport report = sweep(hippius).run().orElseThrow();
        assertEquals(new UploadSweepReport(0, 0, 1, stuck), report);
        assertEquals(SizeCheck.Outcome.DELETED, ledger.check(later.id()).orElseThrow().outcome());
    }

    @Test
    void anAccountOutOfCreditIsNotAskedAgainThisRun() {
        String first = uploaded("a.bin", 10);
        hippius.refusals.put(first, StoreRefused.Reason.NO_CREDIT);
        unbounded(first, LONG_AGO.plusMinutes(1));
        unbounded(uploaded("b.bin", 10), LONG_AGO);

        assertEquals(new UploadSweepReport(0, 0, 0, 2), sweep(hippius).run().orElseThrow());
        assertEquals(1, hippius.heads);
        assertEquals(2, hippius.keys.size());
    }

    @Test
    void anotherInstanceRunningTheSweepMeansThisOneSkips() {
        AccessGrant tiny = unbounded(uploaded("tiny.bin", 10), LONG_AGO);
        var busy = new SweepUnboundedUploadsService(ledger, (job, work) -> false, new StoreRegistry(List.of(hippius)),
                UploadRules.DEPLOYED, clock);

        assertEquals(Optional.empty(), busy.run());
        assertEquals(Optional.empty(), ledger.check(tiny.id()));
    }
}
