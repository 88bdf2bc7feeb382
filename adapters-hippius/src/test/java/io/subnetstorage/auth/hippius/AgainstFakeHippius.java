package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.domain.storage.BucketName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A test class with one fakehippius of its own and a store on it, started once and stopped at the end. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AgainstFakeHippius {

    FakeHippius hippius;
    HippiusObjectStore store;

    /** Buckets to create at start, {@code NAME} for the service's account or {@code NAME@ACCOUNT}. */
    abstract String[] buckets();

    /** A shared-layout store on the first bucket, unless a test class needs another. */
    HippiusObjectStore createStore() {
        return Fixtures.store(Fixtures.shared(hippius, new BucketName(buckets()[0])));
    }

    @BeforeAll
    void startHippius() {
        hippius = FakeHippius.start(buckets());
        store = createStore();
    }

    @AfterAll
    void stopHippius() {
        store.close();
        hippius.close();
    }
}
