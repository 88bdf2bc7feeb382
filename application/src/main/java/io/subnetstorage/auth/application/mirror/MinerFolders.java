package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.mirror.FailureReason;
import io.subnetstorage.auth.application.port.out.storage.BucketProvisioning.BucketState;
import io.subnetstorage.auth.application.port.out.storage.ListPage;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.Listings;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.application.port.out.storage.StoredObject;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A miner's objects on a store, listed in full: {@code data/hotkey={hotkey}/} and its attribution sidecars
 * {@code attribution/hotkey={hotkey}/} (SPEC §9) in a shared bucket; the whole bucket when the miner has one of
 * its own (nothing else is in it). Keys are the same on every store, so the bucket is all that differs. Mirrors and
 * migrations list and address miners' objects alike.
 */
public final class MinerFolders {

    static final String ATTRIBUTION_ROOT = "attribution/hotkey=";
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);

    private MinerFolders() {
    }

    public static BucketName bucketOf(ObjectStore store, Hotkey miner) {
        return store.layout().minerFolder(miner).bucket();
    }

    /**
     * The miner's bucket on a store copies are written to: with a bucket per miner it is made sure of first (created,
     * or found to be the service's), exactly as before an upload grant; a foreign one is never written.
     */
    public static BucketName bucketOnTarget(MinerBuckets buckets, ObjectStore target, Hotkey miner) {
        Route route = new Route(target, target.layout().minerFolder(miner));
        BucketState state = StoreSide.MIRROR.call("making sure of bucket " + route.location().bucket(), () -> buckets.ensure(route));
        if (state == BucketState.FOREIGN) {
            throw new CopyFailure(FailureReason.ACCESS_DENIED, "bucket " + route.location().bucket() + " on "
                    + route.storeName() + " belongs to another account: never written");
        }
        return route.location().bucket();
    }

    /** Throws {@code DependencyUnavailable} when the store cannot be reached. */
    public static List<StoredObject> list(ObjectStore store, Hotkey miner) {
        Listings listings = store.listings().orElseThrow(() -> new IllegalStateException(store.descriptor().name() + " cannot list"));
        BucketName bucket = bucketOf(store, miner);
        List<StoredObject> found = new ArrayList<>();
        if (store.layout().allMiners().isPresent()) {
            all(listings, bucket, FolderPrefix.ofMiner(miner), found);
            all(listings, bucket, new FolderPrefix(ATTRIBUTION_ROOT + miner.value() + "/"), found);
        } else {
            all(listings, bucket, new FolderPrefix(""), found);
        }
        return found;
    }

    private static void all(Listings listings, BucketName bucket, FolderPrefix prefix, List<StoredObject> found) {
        Optional<String> token = Optional.empty();
        do {
            ListQuery query = token.map(ListQuery.of(prefix)::withContinuationToken).orElse(ListQuery.of(prefix));
            ListPage page;
            try {
                page = listings.list(bucket, query, PAGE_TIMEOUT);
            } catch (StoreRefused refused) {
                if (refused.reason() == StoreRefused.Reason.NOT_FOUND) {
                    return; // a miner's own bucket that was never created holds nothing
                }
                throw refused;
            }
            found.addAll(page.objects());
            token = page.nextContinuationToken();
        } while (token.isPresent());
    }
}
