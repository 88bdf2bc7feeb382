package io.subnetstorage.auth.application.port.out.storage;

import io.subnetstorage.auth.domain.storage.BucketName;

/** Creates buckets on demand, for layouts that give each miner a bucket of its own (SPEC §8). */
public interface BucketProvisioning {

    /** What a bucket turned out to be when the service made sure of it. */
    enum BucketState {
        CREATED,
        /** It existed already and belongs to the service's account. */
        OWNED,
        /** It exists but belongs to someone else: never used (nobody may squat a miner's bucket). */
        FOREIGN
    }

    BucketState ensure(BucketName bucket);

    /** Deletes an empty bucket (cleanup of a departed miner). */
    void delete(BucketName bucket);
}
