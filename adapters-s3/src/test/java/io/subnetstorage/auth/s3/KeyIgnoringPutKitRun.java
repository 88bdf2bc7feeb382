package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import java.net.URI;

/** The contract kit aimed at {@link KeyIgnoringPutStore}; run only by {@link ContractKitBitesTest}, which expects it to fail. */
class KeyIgnoringPutKitRun extends S3ObjectStoreContractTest {

    @Override
    protected ObjectStore createStore() {
        return new KeyIgnoringPutStore(super.createStore(), EmbeddedS3.settings());
    }

    @Override
    protected ObjectStore createStoreAt(URI endpoint) {
        return new KeyIgnoringPutStore(super.createStoreAt(endpoint), EmbeddedS3.settingsAt(endpoint));
    }
}
