package io.subnetstorage.auth.bootstrap.embedded;

import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.application.storage.contract.ObjectStoreContract;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import io.subnetstorage.auth.s3.S3ObjectStores;
import io.subnetstorage.auth.s3.S3StoreSettings;
import java.net.URI;
import java.util.Optional;

/**
 * The storage contract against the service's own embedded store (s3proxy on the file system, with literal keys),
 * through the S3 adapter the service uses: what a deployment without a configured store gets.
 */
class EmbeddedStoreContractTest extends ObjectStoreContract {

    @Override
    protected ObjectStore createStore() {
        return createStoreAt(TestStore.endpoint());
    }

    @Override
    protected ObjectStore createStoreAt(URI endpoint) {
        return S3ObjectStores.create(new S3StoreSettings(Optional.of(endpoint), Optional.empty(), TestStore.REGION,
                TestStore.BUCKET, TestStore.CREDENTIALS.accessKeyId(), TestStore.CREDENTIALS.secretAccessKey(), true));
    }
}
