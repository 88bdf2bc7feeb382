package io.subnetstorage.auth.hippius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.storage.BucketProvisioning;
import io.subnetstorage.auth.application.port.out.storage.BucketProvisioning.BucketState;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code HIPPIUS_LAYOUT=per-miner} against fakehippius: a miner's salted bucket is created on demand, a
 * bucket another account holds is {@code FOREIGN} (bucket names are global), and cleanup deletes it.
 */
class PerMinerBucketsTest extends AgainstFakeHippius {

    static final BucketName FOREIGN = new BucketName("squatted-by-someone");
    private BucketProvisioning buckets;

    @Override
    String[] buckets() {
        return new String[] {FOREIGN.value() + "@otheraccount"};
    }

    @Override
    HippiusObjectStore createStore() {
        return Fixtures.store(Fixtures.perMiner(hippius, "sn46"));
    }

    @BeforeEach
    void provisioning() {
        buckets = store.buckets().orElseThrow();
    }

    @Test
    void aMinersFolderIsInItsOwnSaltedBucketAndThereIsNoGlobalListing() {
        StorageLocation folder = store.layout().minerFolder(MinerBucketsTest.ALICE);
        assertEquals(new MinerBuckets("sn46", Fixtures.SALT).of(MinerBucketsTest.ALICE), folder.bucket());
        assertEquals("data/hotkey=" + MinerBucketsTest.ALICE.value() + "/", folder.folder().value());
        assertTrue(store.layout().allMiners().isEmpty());
    }

    @Test
    void theMinersBucketIsCreatedOnceThenOwnedAndHoldsItsFolder() {
        StorageLocation folder = store.layout().minerFolder(MinerBucketsTest.BOB);
        assertEquals(BucketState.CREATED, buckets.ensure(folder.bucket()), "Hippius accepts the derived name");
        assertEquals(BucketState.OWNED, buckets.ensure(folder.bucket()));
        ObjectKey key = new ObjectKey(folder.folder().value() + "job_id=1/a.bin");
        store.objectIo().orElseThrow().put(folder.bucket(), key, ObjectContent.of(new byte[100], Map.of()));
        assertEquals(1, store.listings().orElseThrow().list(folder.bucket(), ListQuery.of(folder.folder()), Duration.ofSeconds(10))
                .objects().size());
    }

    @Test
    void aBucketAnotherAccountHoldsIsForeign() {
        assertEquals(BucketState.FOREIGN, buckets.ensure(FOREIGN));
        assertEquals(StoreRefused.Reason.ACCESS_DENIED, assertThrows(StoreRefused.class, () -> store.objectIo().orElseThrow()
                .put(FOREIGN, new ObjectKey("data/hotkey=x/job_id=1/a.bin"), ObjectContent.of(new byte[1], Map.of()))).reason(),
                "and Hippius would not let the service write there anyway");
    }

    @Test
    void aNameHippiusReservesIsAnInvalidRequest() {
        StoreRefused refused = assertThrows(StoreRefused.class, () -> buckets.ensure(new BucketName("docs")));
        assertEquals(StoreRefused.Reason.INVALID_REQUEST, refused.reason());
        assertEquals("InvalidBucketName", refused.code());
        assertThrows(IllegalArgumentException.class, () -> new BucketName("Not_A_Bucket"), "other invalid names cannot be named");
    }

    @Test
    void cleanupDeletesAnEmptyBucketRefusesAFullOneAndMayRunTwice() {
        BucketName bucket = new BucketName("sn46-cleanup-test");
        buckets.ensure(bucket);
        ObjectKey key = new ObjectKey("data/hotkey=x/job_id=1/left.bin");
        store.objectIo().orElseThrow().put(bucket, key, ObjectContent.of(new byte[1], Map.of()));
        StoreRefused notEmpty = assertThrows(StoreRefused.class, () -> buckets.delete(bucket));
        assertEquals("BucketNotEmpty", notEmpty.code());
        store.objectIo().orElseThrow().delete(bucket, key);
        buckets.delete(bucket);
        buckets.delete(bucket);
        assertEquals(BucketState.CREATED, buckets.ensure(bucket), "it was gone");
    }

    @Test
    void aMinerWithoutABucketYetHasAnEmptyListing() {
        StorageLocation folder = store.layout().minerFolder(MinerBucketsTest.ALICE);
        assertTrue(store.listings().orElseThrow().list(folder.bucket(), ListQuery.of(folder.folder()), Duration.ofSeconds(10))
                .objects().isEmpty());
    }

    @Test
    void healthListsTheAccountsBuckets() {
        assertTrue(store.health(Duration.ofSeconds(5)).ok(), () -> store.health(Duration.ofSeconds(5)).toString());
        hippius.clearRequests();
        store.health(Duration.ofSeconds(5));
        assertEquals(1, hippius.count("ListBuckets"));
    }

    @Test
    void aSharedStoreProvisionsNoBuckets() {
        try (HippiusObjectStore shared = Fixtures.store(Fixtures.shared(hippius, new BucketName("not-created")))) {
            assertTrue(shared.buckets().isEmpty(), "with a real store the service never creates buckets");
            assertTrue(shared.layout().allMiners().isPresent());
            assertTrue(!shared.health(Duration.ofSeconds(5)).ok(), "a shared bucket that does not exist is unhealthy");
        }
    }
}
