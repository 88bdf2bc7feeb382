package io.subnetstorage.auth.application.storage;

import io.subnetstorage.auth.application.port.out.storage.BucketProvisioning.BucketState;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure a miner's own bucket (per-miner layout, SPEC §8) exists and is the service account's before
 * anything is handed out in it: at registration or the first upload grant. A bucket known ready is not asked
 * again; a foreign one is never used. Stores with one shared bucket need nothing.
 */
public final class MinerBuckets {

    private final Set<String> ready = ConcurrentHashMap.newKeySet();

    /** OWNED or CREATED when the route's bucket may be used; FOREIGN when it exists and is someone else's. */
    public BucketState ensure(Route route) {
        if (knownUsable(route)) {
            return BucketState.OWNED;
        }
        BucketState state = route.store().buckets().orElseThrow().ensure(route.location().bucket());
        if (state != BucketState.FOREIGN) {
            ready.add(id(route));
        }
        return state;
    }

    /** Whether {@link #ensure} would answer OWNED without asking the store: one shared bucket, or one known ready. */
    public boolean knownUsable(Route route) {
        return route.store().buckets().isEmpty() || ready.contains(id(route));
    }

    /** After a bucket was deleted, it must be made sure of again. */
    public void forget(Route route) {
        ready.remove(id(route));
    }

    private static String id(Route route) {
        return route.storeName() + "/" + route.location().bucket().value();
    }
}
