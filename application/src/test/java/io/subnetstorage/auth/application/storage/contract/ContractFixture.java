package io.subnetstorage.auth.application.storage.contract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.subnetstorage.auth.application.port.out.ListQuery;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.application.port.out.StoredObject;
import io.subnetstorage.auth.application.port.out.UploadMethod;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The store under test and what every check needs. Extend {@link ObjectStoreContract}, not this. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContractFixture {

    static final Duration TTL = Duration.ofMinutes(15);
    static final Duration LIST_TIMEOUT = Duration.ofSeconds(10);

    ObjectStore store;

    /** The store under test. Its bucket exists; the kit writes only under fresh random folders. */
    protected abstract ObjectStore createStore();

    /** A store configured like {@link #createStore()} but talking to {@code endpoint}, where no store answers. */
    protected abstract ObjectStore createStoreAt(URI endpoint);

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

    static void close(ObjectStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** A miner folder no other test run uses, shaped like {@code data/hotkey={hotkey}/}. */
    static FolderPrefix newFolder() {
        return new FolderPrefix(FolderPrefix.DATA_ROOT + "kit" + UUID.randomUUID().toString().replace("-", "") + "/");
    }

    static ObjectKey key(FolderPrefix folder, String name) {
        return new ObjectKey(folder.value() + name);
    }

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    void assumeSupports(UploadMethod method) {
        assumeTrue(store.capabilities().supports(method), () -> store.backend() + " does not declare " + method);
    }

    void assumeListing() {
        assumeTrue(store.capabilities().list(), () -> store.backend() + " does not declare listing");
    }

    List<String> listedKeys(FolderPrefix folder) {
        return store.list(ListQuery.of(folder), LIST_TIMEOUT).objects().stream()
                .map(StoredObject::key).map(ObjectKey::value).toList();
    }
}
