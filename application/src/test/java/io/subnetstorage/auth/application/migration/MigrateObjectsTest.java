package io.subnetstorage.auth.application.migration;

import static io.subnetstorage.auth.application.migration.MigrationHarness.ALICE;
import static io.subnetstorage.auth.application.migration.MigrationHarness.BOB;
import static io.subnetstorage.auth.application.migration.MigrationHarness.bytes;
import static io.subnetstorage.auth.application.migration.MigrationHarness.key;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.mirror.MemoryStore;
import io.subnetstorage.auth.application.port.in.migration.MigrationProgress;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.migration.MigrationId;
import io.subnetstorage.auth.application.port.out.migration.MigrationState;
import io.subnetstorage.auth.application.port.out.migration.ObjectOutcome;
import io.subnetstorage.auth.application.port.out.migration.ObjectState;
import io.subnetstorage.auth.application.port.out.migration.Verification;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MigrateObjectsTest {

    @Test
    void everyObjectOfEveryMinerFolderArrivesWithItsMetadataAndSidecarsAndIsVerified() {
        MigrationHarness h = new MigrationHarness();
        ObjectKey small = key(ALICE, "small.bin");
        ObjectKey large = key(BOB, "large.bin");
        ObjectKey sidecar = new ObjectKey("attribution/hotkey=" + ALICE.value() + "/job_id=1/small.bin.json");
        h.s3.upload(small, bytes(500, 1), Map.of("sha256", "abc", "attribution", "bWVzc2FnZQ=="));
        h.s3.upload(large, bytes(3000, 2), Map.of());
        h.s3.upload(sidecar, bytes(100, 3), Map.of());
        h.s3.upload(new ObjectKey("data/hotkey=not-a-hotkey/x"), bytes(10, 4), Map.of());

        MigrationId id = h.start(Optional.empty(), false, Verification.ETAG);
        h.run(id);

        MigrationProgress progress = h.service.progress(id).orElseThrow();
        assertEquals(MigrationState.DONE, progress.migration().state());
        assertEquals(3, progress.counts().total(), "both miners' folders and the sidecar; not a folder that is no hotkey's");
        assertEquals(3, progress.counts().verified());
        assertEquals(3600, progress.counts().bytesCopied());
        for (ObjectKey key : List.of(small, large, sidecar)) {
            assertArrayEquals(h.s3.objects.get(key.value()).bytes(), h.hippius.objects.get(key.value()).bytes());
        }
        assertEquals(Map.of("sha256", "abc", "attribution", "bWVzc2FnZQ=="), h.hippius.objects.get(small.value()).metadata());
        assertTrue(h.hippius.objects.get(large.value()).etag().endsWith("-3"), "multipart above the threshold");
        ObjectOutcome line = h.report(id).get(large.value());
        assertEquals(h.hippius.objects.get(large.value()).etag(), line.destinationEtag().orElseThrow());
        assertEquals(64, line.sha256().orElseThrow().length());
        assertTrue(h.ledger.commits >= 4, "batches of two: marked in flight and settled, each a commit");
    }

    @Test
    void theSameBytesThereAreSkippedAndOtherBytesAreAConflictNeverOverwritten() {
        MigrationHarness h = new MigrationHarness();
        ObjectKey same = key(ALICE, "same.bin");
        ObjectKey other = key(ALICE, "other.bin");
        h.s3.upload(same, bytes(700, 1), Map.of());
        h.hippius.upload(same, bytes(700, 1), Map.of());
        h.s3.upload(other, bytes(700, 2), Map.of());
        h.hippius.upload(other, bytes(700, 3), Map.of());

        MigrationId id = h.start(Optional.of(List.of(ALICE)), false, Verification.ETAG);
        h.run(id);

        assertEquals(ObjectState.SKIPPED, h.state(id, same));
        ObjectOutcome conflict = h.report(id).get(other.value());
        assertEquals(ObjectState.FAILED, conflict.state());
        assertTrue(conflict.error().orElseThrow().startsWith("conflict"), conflict.toString());
        assertArrayEquals(bytes(700, 3), h.hippius.objects.get(other.value()).bytes());
        assertEquals(0, h.hippius.puts.get());
    }

    @Test
    void aKeyTheDestinationRefusesIsFailedWithTheReasonAndTheOthersGoOn() {
        MigrationHarness h = new MigrationHarness();
        ObjectKey refused = key(ALICE, "bad~name.bin");
        ObjectKey fine = key(ALICE, "fine.bin");
        h.s3.upload(refused, bytes(50, 1), Map.of());
        h.s3.upload(fine, bytes(50, 2), Map.of());
        h.hippius.putFault = key -> key.equals(refused)
                ? new StoreRefused(StoreRefused.Reason.INVALID_REQUEST, "InvalidArgument", "Object key contains discouraged character: '~'") : null;

        MigrationId id = h.start(Optional.of(List.of(ALICE)), false, Verification.ETAG);
        h.run(id);

        ObjectOutcome line = h.report(id).get(refused.value());
        assertEquals(ObjectState.FAILED, line.state());
        assertTrue(line.error().orElseThrow().contains("discouraged character"), line.toString());
        assertEquals(ObjectState.VERIFIED, h.state(id, fine));
        assertEquals(MigrationState.DONE, h.service.progress(id).orElseThrow().migration().state());
    }

    @Test
    void anUnexpectedErrorFailsThatObjectWithTheErrorAndTheMigrationEnds() {
        MigrationHarness h = new MigrationHarness();
        ObjectKey broken = key(ALICE, "broken.bin");
        h.s3.upload(broken, bytes(50, 1), Map.of());
        h.s3.upload(key(ALICE, "fine.bin"), bytes(50, 2), Map.of());
        h.hippius.putFault = key -> key.equals(broken) ? new IllegalStateException("a bug") : null;

        MigrationId id = h.start(Optional.of(List.of(ALICE)), false, Verification.ETAG);
        h.run(id);

        assertEquals(MigrationState.DONE, h.service.progress(id).orElseThrow().migration().state());
        ObjectOutcome line = h.report(id).get(broken.value());
        assertEquals(ObjectState.FAILED, line.state());
        assertTrue(line.error().orElseThrow().contains("a bug"), line.toString());
        assertEquals(ObjectState.VERIFIED, h.state(id, key(ALICE, "fine.bin")));
    }

    @Test
    void outOfCreditPausesTheMigrationUntilAnOperatorResumesIt() {
        MigrationHarness h = new MigrationHarness();
        h.s3.upload(key(ALICE, "a.bin"), bytes(50, 1), Map.of());
        h.s3.upload(key(ALICE, "b.bin"), bytes(50, 2), Map.of());
        h.hippius.putFault = key -> new StoreRefused(StoreRefused.Reason.NO_CREDIT, "InsufficientAccountCredit", "no credit");

        MigrationId id = h.start(Optional.of(List.of(ALICE)), false, Verification.ETAG);
        h.run(id);

        MigrationProgress paused = h.service.progress(id).orElseThrow();
        assertEquals(MigrationState.PAUSED, paused.migration().state());
        assertEquals(Optional.of("no_credit"), paused.migration().reason());
        assertEquals(0, paused.counts().failed(), "nothing failed: it waits for credit");
        h.run(id);
        assertEquals(MigrationState.PAUSED, h.service.progress(id).orElseThrow().migration().state(), "stays paused until resumed");

        h.hippius.putFault = key -> null;
        h.service.resume(id);
        h.run(id);
        assertEquals(2, h.service.progress(id).orElseThrow().counts().verified());
    }

    @Test
    void aSlowDownIsWaitedOutAndRetried() {
        AtomicInteger slowDowns = new AtomicInteger(2);
        MigrationHarness h = new MigrationHarness();
        h.s3.upload(key(ALICE, "a.bin"), bytes(50, 1), Map.of());
        h.hippius.putFault = key -> slowDowns.getAndDecrement() > 0 ? new DependencyUnavailable("503 SlowDown") : null;

        MigrationId id = h.start(Optional.of(List.of(ALICE)), false, Verification.DOWNLOAD);
        h.run(id);

        assertEquals(ObjectState.VERIFIED, h.state(id, key(ALICE, "a.bin")));
        // The throttle's millisecond spacing aside, two waits of a second or more: one per SlowDown.
        assertEquals(List.of(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(2)),
                h.waits.stream().filter(wait -> wait.compareTo(java.time.Duration.ofSeconds(1)) >= 0).toList());
        assertEquals(1, h.hippius.puts.get());
    }

    @Test
    void aDestinationThatKeepsOtherBytesThanItAnswersIsCaughtByTheVerification() {
        for (Verification verify : Verification.values()) {
            MemoryStore lying = new MemoryStore(StoreKind.HIPPIUS, MigrationHarness.THRESHOLD) {
                @Override
                public ObjectInfo put(BucketName bucket, ObjectKey key, ObjectContent content) {
                    ObjectInfo honest = super.put(bucket, key, content);
                    // Keeps one flipped byte, and answers the ETag of what it was sent.
                    byte[] kept = objects.get(key.value()).bytes().clone();
                    kept[0] ^= 1;
                    upload(key, kept, content.metadata());
                    return honest;
                }
            };
            MigrationHarness h = new MigrationHarness(io.subnetstorage.auth.application.storage.StorePhases.single(StoreKind.S3), lying);
            h.s3.upload(key(ALICE, "a.bin"), bytes(50, 1), Map.of());
            MigrationId id = h.start(Optional.of(List.of(ALICE)), false, verify);
            h.run(id);
            ObjectOutcome line = h.report(id).get(key(ALICE, "a.bin").value());
            assertEquals(ObjectState.FAILED, line.state(), verify + ": " + line);
            assertTrue(line.error().orElseThrow().startsWith("verification"), line.toString());
            assertTrue(line.created(), "it was written: a rollback may delete it");
        }
    }

    @Test
    void aDryRunWritesNothingAndReportsWhatItWouldDo() {
        MigrationHarness h = new MigrationHarness();
        h.s3.upload(key(ALICE, "new.bin"), bytes(50, 1), Map.of());
        h.s3.upload(key(ALICE, "same.bin"), bytes(50, 2), Map.of());
        h.hippius.upload(key(ALICE, "same.bin"), bytes(50, 2), Map.of());

        MigrationId id = h.start(Optional.empty(), true, Verification.ETAG);
        h.run(id);

        assertEquals(MigrationState.DONE, h.service.progress(id).orElseThrow().migration().state());
        assertEquals(ObjectState.WOULD_COPY, h.state(id, key(ALICE, "new.bin")));
        assertEquals(ObjectState.SKIPPED, h.state(id, key(ALICE, "same.bin")));
        assertEquals(0, h.hippius.puts.get());
        assertFalse(h.hippius.objects.containsKey(key(ALICE, "new.bin").value()));
    }

    @Test
    void aCrashedBatchIsResumedWithoutCopyingAgainWhatLandedAndWithoutCallingItSkipped() {
        MigrationHarness h = new MigrationHarness();
        ObjectKey landed = key(ALICE, "landed.bin");
        ObjectKey lost = key(ALICE, "lost.bin");
        h.s3.upload(landed, bytes(50, 1), Map.of());
        h.s3.upload(lost, bytes(50, 2), Map.of());
        MigrationId id = h.start(Optional.of(List.of(ALICE)), false, Verification.ETAG);
        // The first run listed, marked the batch in flight, wrote one object, and died before its commit.
        h.ledger.transition(id, List.of(MigrationState.QUEUED), MigrationState.RUNNING, Optional.empty(), h.clock.instant());
        h.ledger.add(id, List.of(io.subnetstorage.auth.application.port.out.migration.MigrationObject.listed(landed, ALICE, 50, h.s3.objects.get(landed.value()).etag()),
                io.subnetstorage.auth.application.port.out.migration.MigrationObject.listed(lost, ALICE, 50, h.s3.objects.get(lost.value()).etag())));
        h.ledger.markListed(id);
        h.ledger.crashedInFlight(id, landed);
        h.ledger.crashedInFlight(id, lost);
        h.hippius.upload(landed, bytes(50, 1), Map.of());

        h.run(id);

        assertEquals(ObjectState.VERIFIED, h.state(id, landed));
        assertEquals(ObjectState.VERIFIED, h.state(id, lost));
        assertEquals(1, h.hippius.puts.get(), "only the lost one written again");
        assertEquals(2, h.service.progress(id).orElseThrow().counts().copied(), "both are this migration's: a rollback deletes both");
    }
}
