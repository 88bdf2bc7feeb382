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
    /** Hippius has no minimum part size: a small threshold keeps the kit's multipart write small. */
    static final long MULTIPART_THRESHOLD = 64 * 1024;

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

    static HippiusSettings settings(URI endpoint) {
        return new HippiusSettings(FakeHippius.KEY, FakeHippius.SECRET, endpoint, java.util.Optional.empty(),
                HippiusSettings.DEFAULT_REGION, HippiusSettings.Layout.SHARED, java.util.Optional.of(BUCKET), "sn46",
                java.util.Optional.empty(), MULTIPART_THRESHOLD);
    }

    @Override
    protected ObjectStore createStore() {
        return HippiusStores.create(settings(hippius().endpoint()));
    }

    @Override
    protected ObjectStore createStoreAt(URI endpoint) {
        return HippiusStores.create(settings(endpoint));
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
        return OptionalLong.of(MULTIPART_THRESHOLD);
    }
}
