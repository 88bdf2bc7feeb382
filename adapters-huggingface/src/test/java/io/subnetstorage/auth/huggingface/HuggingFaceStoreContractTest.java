package io.subnetstorage.auth.huggingface;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.storage.contract.ObjectStoreContract;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The storage contract kit against the fake Hub: the store declares batch writes only, so the kit checks its
 * identity, layout, health, outage and batch writes, and skips every capability it does not declare.
 */
class HuggingFaceStoreContractTest extends ObjectStoreContract {

    static final BucketName REPO = BucketName.hubRepo("kit/sn46-kit");
    /** A store that cannot reach its Hub gives up after two quick tries, not the minute of the default policy. */
    static final RetryPolicy QUICK = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1));

    @RegisterExtension
    static final FakeHfHub hub = new FakeHfHub();

    static HfSettings settings(URI endpoint) {
        return new HfSettings(FakeHfHub.TOKEN, endpoint, "kit", HfRepoLayout.SINGLE, "sn46", "sn46-kit", true, 4, 100);
    }

    @Override
    protected ObjectStore createStore() {
        return HuggingFaceStores.create(settings(hub.endpoint()));
    }

    @Override
    protected ObjectStore createStoreAt(URI endpoint) {
        return HuggingFaceStores.create(HubClient.create(settings(endpoint), HubTime.system(), QUICK));
    }

    @Override
    protected BucketName bucket() {
        return REPO;
    }

    @Override
    protected BucketName secondBucket() {
        return BucketName.hubRepo("kit/sn46-kit-two");
    }

    /** The store only writes; the kit reads what it wrote through the Hub's {@code /resolve}, as a user would. */
    @Override
    protected Optional<byte[]> readBack(BucketName bucket, ObjectKey key) {
        return hub.find(HfRepoId.parse(bucket.value()), key.value());
    }
}
