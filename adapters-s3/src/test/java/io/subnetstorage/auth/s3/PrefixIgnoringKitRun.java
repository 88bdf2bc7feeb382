package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import java.net.URI;

/**
 * The contract kit aimed at {@link PrefixIgnoringStore}. Its name matches no surefire pattern on
 * purpose: it must fail, and only {@link ContractKitBitesTest} runs it, to assert that it does.
 */
class PrefixIgnoringKitRun extends S3ObjectStoreContractTest {

    /**
     * Plain s3proxy (the store these tests run against) does not keep ".." in keys literal: the in-memory store these
     * tests use fails the upload, the file-system one resolves it like a path. The service's embedded store wraps it
     * to keep keys literal, and bootstrap's contract run (EmbeddedStoreContractTest) checks that one.
     */
    @Override
    protected boolean storeKeepsDotSegmentsLiteral() {
        return false;
    }

    @Override
    protected ObjectStore createStore() {
        return new PrefixIgnoringStore(super.createStore());
    }

    @Override
    protected ObjectStore createStoreAt(URI endpoint) {
        return new PrefixIgnoringStore(super.createStoreAt(endpoint));
    }
}
