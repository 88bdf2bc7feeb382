package io.subnetstorage.auth.huggingface;

import static io.subnetstorage.auth.huggingface.TestContent.random;
import static io.subnetstorage.auth.huggingface.TestContent.sha256;
import static io.subnetstorage.auth.huggingface.TestContent.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.storage.BatchWrites;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites.BatchItem;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites.BatchOutcome;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites.BatchOutcome.Result;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.MinerObject;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store's own rules: what it is, where a miner's files go, and how one putAll becomes one commit. */
class HuggingFaceStoreTest {

    static final Hotkey ALICE = Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    /** A miner no other test of this class writes for, so its repo's commits are this test's. */
    static final Hotkey BOB = Hotkey.of("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty");

    @RegisterExtension
    static final FakeHfHub hub = new FakeHfHub();

    static HfSettings perMiner(String token) {
        return new HfSettings(token, hub.endpoint(), "mirror", HfRepoLayout.PER_MINER, "sn46", null, true, 100, 100);
    }

    static BatchItem item(ObjectKey key, byte[] content) {
        return new BatchItem(key, ObjectContent.of(content, Map.of("sha256", sha256(content))), sha256(content));
    }

    @Test
    void itIsTheHuggingfaceMirrorAndNamesItsTokenWithoutShowingIt() {
        ObjectStore store = HuggingFaceStores.create(perMiner(FakeHfHub.TOKEN));
        assertEquals(StoreKind.HUGGINGFACE, store.descriptor().kind());
        assertEquals("huggingface", store.descriptor().name());
        assertEquals(hub.endpoint(), store.descriptor().endpoint());
        assertTrue(store.descriptor().signingKey().value().matches("HF_TOKEN:[0-9a-f]{8}"), store.descriptor().signingKey()::value);
        assertFalse(store.descriptor().toString().contains(FakeHfHub.TOKEN));
        assertTrue(store.batchWrites().isPresent());
        assertTrue(store.objectIo().isEmpty() && store.listings().isEmpty() && store.downloads().isEmpty()
                && store.objectUploads().isEmpty() && store.folderUploads().isEmpty() && store.buckets().isEmpty()
                && store.credit().isEmpty(), "the Hub is only written, in commits");
    }

    @Test
    void aMinersFilesGoToItsOwnRepoUnderTheSameKeysAsOnEveryStore() {
        ObjectStore store = HuggingFaceStores.create(perMiner(FakeHfHub.TOKEN));
        StorageLocation folder = store.layout().minerFolder(ALICE);
        assertEquals(BucketName.hubRepo("mirror/sn46-" + ALICE.value()), folder.bucket());
        assertEquals("data/hotkey=" + ALICE.value() + "/", folder.folder().value());
        assertTrue(store.layout().allMiners().isEmpty(), "no one repo holds every miner");

        HfSettings single = new HfSettings(FakeHfHub.TOKEN, hub.endpoint(), "mirror", HfRepoLayout.SINGLE, "sn46", "all",
                true, 100, 100);
        ObjectStore oneRepo = HuggingFaceStores.create(single);
        assertEquals(BucketName.hubRepo("mirror/all"), oneRepo.layout().minerFolder(ALICE).bucket());
        assertEquals("data/hotkey=", oneRepo.layout().allMiners().orElseThrow().folder().value());
    }

    @Test
    void onePutAllIsOneCommitIntoARepoCreatedOnceAndPrivate() {
        ObjectStore store = HuggingFaceStores.create(perMiner(FakeHfHub.TOKEN));
        BatchWrites batches = store.batchWrites().orElseThrow();
        BucketName bucket = store.layout().minerFolder(BOB).bucket();
        HfRepoId repo = HfRepoId.parse(bucket.value());
        byte[] rows = random(3000, 1);
        byte[] notes = text("notes\n");
        ObjectKey rowsKey = new MinerObject(BOB, "1", "rows.parquet").key();
        ObjectKey notesKey = new MinerObject(BOB, "1", "notes.txt").key();
        hub.clearRequests();

        List<BatchOutcome> first = batches.putAll(bucket, List.of(item(rowsKey, rows), item(notesKey, notes)));
        List<BatchOutcome> again = batches.putAll(bucket, List.of(item(notesKey, notes)));

        assertEquals(List.of(Result.WRITTEN, Result.WRITTEN), first.stream().map(BatchOutcome::result).toList());
        assertEquals(Result.ALREADY_PRESENT, again.get(0).result());
        assertEquals(1, hub.count("POST", "/api/repos/create"), "the repo is ensured once, not per batch");
        assertEquals(1 + 1, hub.commitCount(repo), "the repo's first commit and ours; nothing to commit the second time");
        assertTrue(hub.repoInfo(repo).path("private").asBoolean());
        assertArrayEquals(rows, hub.download(repo, rowsKey.value()));
        assertArrayEquals(notes, hub.download(repo, notesKey.value()));
    }

    @Test
    void aKeyTheHubCannotTakeFailsAloneAndTheRestIsWritten() {
        ObjectStore store = HuggingFaceStores.create(perMiner(FakeHfHub.TOKEN));
        BucketName bucket = store.layout().minerFolder(ALICE).bucket();
        ObjectKey emptySegment = new ObjectKey("data/hotkey=" + ALICE.value() + "//empty-segment.bin");
        ObjectKey fine = new MinerObject(ALICE, "2", "fine.bin").key();
        List<BatchOutcome> outcomes = store.batchWrites().orElseThrow()
                .putAll(bucket, List.of(item(emptySegment, random(10, 2)), item(fine, random(10, 3))));
        assertEquals(Result.FAILED, outcomes.get(0).result());
        assertTrue(outcomes.get(0).error().orElseThrow().contains("cannot take"), outcomes.get(0).error()::orElseThrow);
        assertEquals(Result.WRITTEN, outcomes.get(1).result());
    }

    @Test
    void aBucketOrARepoOutsideTheNamespaceIsAProgrammingError() {
        BatchWrites batches = HuggingFaceStores.create(perMiner(FakeHfHub.TOKEN)).batchWrites().orElseThrow();
        List<BatchItem> one = List.of(item(new MinerObject(ALICE, "1", "a.bin").key(), random(10, 4)));
        assertThrows(IllegalArgumentException.class, () -> batches.putAll(new BucketName("s3-bucket"), one));
        assertThrows(IllegalArgumentException.class, () -> batches.putAll(BucketName.hubRepo("elsewhere/repo"), one));
        assertEquals(0, hub.count("POST", "/commit/"));
    }
}
