package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.BucketProvisioning.BucketState;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.domain.policy.ReasonCode;

/**
 * Before anything is handed out in a miner's own bucket, it must exist and be the service's (SPEC §8): made
 * sure of at the first grant, after the signature verified; a store that cannot answer is a 503.
 */
final class BucketChecks {

    private BucketChecks() {
    }

    static void ensureUsable(SignedRequestGate gate, MinerBuckets buckets, Admission admission, Route route) {
        BucketState state;
        try {
            state = buckets.ensure(route);
        } catch (DependencyUnavailable | StoreRefused store) {
            throw gate.refuse(admission, ReasonCode.STORE_UNAVAILABLE);
        }
        if (state == BucketState.FOREIGN) {
            throw gate.refuse(admission, ReasonCode.BUCKET_UNAVAILABLE);
        }
    }
}
