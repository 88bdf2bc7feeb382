package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import java.net.URI;

/**
 * The contract kit aimed at {@link PrefixIgnoringStore}. Its name matches no surefire pattern on
 * purpose: it must fail, and only {@link ContractKitBitesTest} runs it, to assert that it does.
 */
class PrefixIgnoringKitRun extends S3ObjectStoreContractTest {

    @Override
    protected ObjectStore createStore() {
        return new PrefixIgnoringStore(super.createStore());
    }

    @Override
    protected ObjectStore createStoreAt(URI endpoint) {
        return new PrefixIgnoringStore(super.createStoreAt(endpoint));
    }
}
