package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.application.storage.contract.ObjectStoreContract;
import java.net.URI;

class S3ObjectStoreContractTest extends ObjectStoreContract {

    @Override
    protected ObjectStore createStore() {
        return S3ObjectStores.create(EmbeddedS3.settings());
    }

    @Override
    protected ObjectStore createStoreAt(URI endpoint) {
        return S3ObjectStores.create(EmbeddedS3.settingsAt(endpoint));
    }
}
