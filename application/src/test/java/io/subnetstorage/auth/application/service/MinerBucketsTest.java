package io.subnetstorage.auth.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.application.port.out.storage.BucketProvisioning;
import io.subnetstorage.auth.application.port.out.storage.BucketProvisioning.BucketState;
import io.subnetstorage.auth.application.port.out.storage.ForwardingObjectStore;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.Route;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A bucket is known usable, so needs no store call, only once the store said it was the service's. */
class MinerBucketsTest {

    private final Harness harness = new Harness();
    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicReference<BucketState> answer = new AtomicReference<>(BucketState.CREATED);

    private Route ownBucketRoute() {
        Route shared = harness.router().objectUploads(Harness.MINER);
        BucketProvisioning provisioning = new BucketProvisioning() {
            @Override
            public BucketState ensure(BucketName bucket) {
                asked.incrementAndGet();
                return answer.get();
            }

            @Override
            public void delete(BucketName bucket) {
            }
        };
        return new Route(new ForwardingObjectStore(shared.store()) {
            @Override
            public Optional<BucketProvisioning> buckets() {
                return Optional.of(provisioning);
            }
        }, shared.location());
    }

    @Test
    void aSharedBucketIsAlwaysKnownUsable() {
        assertTrue(new MinerBuckets().knownUsable(harness.router().objectUploads(Harness.MINER)));
    }

    @Test
    void anOwnBucketIsKnownUsableOnlyAfterTheStoreSaidSoAndUntilItIsForgotten() {
        MinerBuckets buckets = new MinerBuckets();
        Route route = ownBucketRoute();
        assertFalse(buckets.knownUsable(route));

        assertEquals(BucketState.CREATED, buckets.ensure(route));
        assertTrue(buckets.knownUsable(route));
        assertEquals(BucketState.OWNED, buckets.ensure(route));
        assertEquals(1, asked.get(), "a bucket known ready is not asked about again");

        buckets.forget(route);
        assertFalse(buckets.knownUsable(route));
    }

    @Test
    void aForeignBucketIsNeverKnownUsable() {
        MinerBuckets buckets = new MinerBuckets();
        Route route = ownBucketRoute();
        answer.set(BucketState.FOREIGN);

        assertEquals(BucketState.FOREIGN, buckets.ensure(route));
        assertFalse(buckets.knownUsable(route));
    }
}
