package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.storage.contract.ObjectStoreContract;
import io.subnetstorage.auth.domain.storage.BucketName;
import java.net.URI;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;

/** The storage contract kit against fakehippius, shared layout: PUT grants with signed headers, no POST. */
class HippiusObjectStoreContractTest extends ObjectStoreContract {

    static final BucketName BUCKET = new BucketName("kit-bucket");
    static final BucketName SECOND_BUCKET = new BucketName("kit-bucket-two");

    private FakeHippius hippius;

    private synchronized FakeHippius hippius() {
        if (hippius == null) {
            hippius = FakeHippius.start(BUCKET.value(), SECOND_BUCKET.value());
        }
        return hippius;
    }

    @AfterAll
    void stopHippius() {
        if (hippius != null) {
            hippius.close();
        }
    }

    @Override
    protected ObjectStore createStore() {
        return HippiusStores.create(Fixtures.shared(hippius(), BUCKET));
    }

    @Override
    protected ObjectStore createStoreAt(URI endpoint) {
        return HippiusStores.create(Fixtures.shared(endpoint, BUCKET));
    }

    @Override
    protected BucketName bucket() {
        return BUCKET;
    }

    @Override
    protected BucketName secondBucket() {
        return SECOND_BUCKET;
    }

    @Override
    protected OptionalLong multipartThreshold() {
        return OptionalLong.of(Fixtures.SMALL_THRESHOLD);
    }
}
