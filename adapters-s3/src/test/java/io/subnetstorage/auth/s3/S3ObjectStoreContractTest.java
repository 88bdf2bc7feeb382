package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.storage.contract.ObjectStoreContract;
import io.subnetstorage.auth.domain.storage.BucketName;
import java.net.URI;
import java.util.OptionalLong;

class S3ObjectStoreContractTest extends ObjectStoreContract {

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
        return S3ObjectStores.create(EmbeddedS3.settings());
    }

    @Override
    protected ObjectStore createStoreAt(URI endpoint) {
        return S3ObjectStores.create(EmbeddedS3.settingsAt(endpoint));
    }

    @Override
    protected BucketName bucket() {
        return EmbeddedS3.BUCKET;
    }

    @Override
    protected BucketName secondBucket() {
        return EmbeddedS3.SECOND_BUCKET;
    }

    @Override
    protected OptionalLong multipartThreshold() {
        return OptionalLong.of(EmbeddedS3.MULTIPART_THRESHOLD);
    }
}
