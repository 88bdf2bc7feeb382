package io.subnetstorage.auth.application.storage.contract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.subnetstorage.auth.application.port.out.storage.BatchWrites;
import io.subnetstorage.auth.application.port.out.storage.Downloads;
import io.subnetstorage.auth.application.port.out.storage.FolderUploads;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.Listings;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.ObjectUploads;
import io.subnetstorage.auth.application.port.out.storage.StoredObject;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The store under test and what every check needs. Extend {@link ObjectStoreContract}, not this. A
 * capability the store does not have skips the checks of that capability (an assumption), never fails them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContractFixture {

    static final Duration TTL = Duration.ofMinutes(15);
    static final Duration LIST_TIMEOUT = Duration.ofSeconds(10);

    ObjectStore store;

    /** The store under test. The kit writes only under fresh random folders of {@link #bucket()}. */
    protected abstract ObjectStore createStore();

    /** A store configured like {@link #createStore()} but talking to {@code endpoint}, where no store answers. */
    protected abstract ObjectStore createStoreAt(URI endpoint);

    /** An existing bucket the store's key may write. */
    protected abstract BucketName bucket();

    /** A second existing bucket, to show that listings and copies name the bucket they work in. */
    protected abstract BucketName secondBucket();

    /** The size above which the store's own writes go in parts, when the kit should check multipart. */
    protected OptionalLong multipartThreshold() {
        return OptionalLong.empty();
    }

    /**
     * False only for a store known to mishandle {@code .} and {@code ..} in keys (plain s3proxy resolves them like a
     * file path, or fails); on AWS a key is a name, kept literally. The kit then checks that the declared deviation is
     * real, so the declaration cannot outlive a fix. Every store meant for miners' data keeps the default.
     */
    protected boolean storeKeepsDotSegmentsLiteral() {
        return true;
    }

    @BeforeAll
    void openStore() {
        store = createStore();
    }

    @AfterAll
    void closeStore() throws Exception {
        close(store);
    }

    static void close(ObjectStore store) {
        store.close();
    }

    /** A miner folder no other test run uses, shaped like {@code data/hotkey={hotkey}/}, in the kit's bucket. */
    StorageLocation newFolder() {
        return new StorageLocation(bucket(), new FolderPrefix(FolderPrefix.DATA_ROOT + "kit" + UUID.randomUUID().toString().replace("-", "") + "/"));
    }

    static ObjectKey key(StorageLocation folder, String name) {
        return new ObjectKey(folder.folder().value() + name);
    }

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    static <T> T assumePresent(Optional<T> capability, String what) {
        assumeTrue(capability.isPresent(), () -> "the store does not declare " + what);
        return capability.get();
    }

    FolderUploads folderUploads() {
        return assumePresent(store.folderUploads(), "folder uploads (POST policies)");
    }

    ObjectUploads objectUploads() {
        return assumePresent(store.objectUploads(), "object uploads");
    }

    Listings listings() {
        return assumePresent(store.listings(), "listings");
    }

    Downloads downloads() {
        return assumePresent(store.downloads(), "downloads");
    }

    ObjectIo io() {
        return assumePresent(store.objectIo(), "object I/O");
    }

    BatchWrites batchWrites() {
        return assumePresent(store.batchWrites(), "batch writes");
    }

    /**
     * The bytes the store holds under {@code key}, empty when it holds none, read through its downloads or its own
     * reads. A store with neither (a mirror that is only written, in batches) overrides this to read from its
     * stand-in, so that the kit can still see what was written.
     */
    protected Optional<byte[]> readBack(BucketName bucket, ObjectKey key) {
        if (store.downloads().isEmpty() && store.objectIo().isEmpty()) {
            org.junit.jupiter.api.Assertions.fail("the store neither downloads nor reads: its test overrides readBack");
        }
        StoreHttp.Reply got = fetch(bucket, key);
        return got.status() == 200 ? Optional.of(got.body()) : Optional.empty();
    }

    List<String> listedKeys(StorageLocation folder) {
        return listings().list(folder.bucket(), ListQuery.of(folder.folder()), LIST_TIMEOUT).objects().stream()
                .map(StoredObject::key).map(ObjectKey::value).toList();
    }

    /** What a client would download: through a presigned GET, or the store's own read where it has no downloads. */
    StoreHttp.Reply fetch(BucketName bucket, ObjectKey key) {
        if (store.downloads().isPresent()) {
            return StoreHttp.get(store.downloads().get().presignGet(bucket, key, TTL));
        }
        return io().get(bucket, key).map(StoreHttp::ofStream).orElse(new StoreHttp.Reply(404, new byte[0]));
    }

    void assertAbsent(BucketName bucket, ObjectKey key) {
        StoreHttp.Reply got = fetch(bucket, key);
        org.junit.jupiter.api.Assertions.assertTrue(got.refused(), () -> key + " exists after a refused upload: " + got.status());
    }
}
