package io.subnetstorage.auth.application.storage.batch;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.storage.contract.ObjectStoreContract;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.util.Optional;

/** The kit against {@link InMemoryBatchStore}; run only by {@link BatchChecksBiteTest}. */
class HonestBatchKitRun extends ObjectStoreContract {

    private InMemoryBatchStore memory;

    boolean overwrites() {
        return false;
    }

    @Override
    protected ObjectStore createStore() {
        memory = new InMemoryBatchStore(true, overwrites());
        return memory;
    }

    @Override
    protected ObjectStore createStoreAt(URI endpoint) {
        return new InMemoryBatchStore(false, overwrites());
    }

    @Override
    protected BucketName bucket() {
        return InMemoryBatchStore.BUCKET;
    }

    @Override
    protected BucketName secondBucket() {
        return InMemoryBatchStore.SECOND_BUCKET;
    }

    @Override
    protected Optional<byte[]> readBack(BucketName bucket, ObjectKey key) {
        return memory.read(bucket, key);
    }
}
