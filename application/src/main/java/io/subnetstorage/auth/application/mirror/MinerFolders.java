package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.storage.ListPage;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.Listings;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.application.port.out.storage.StoredObject;
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
 * its own (nothing else is in it). Keys are the same on every store, so the bucket is all that differs.
 */
final class MinerFolders {

    static final String ATTRIBUTION_ROOT = "attribution/hotkey=";
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);

    private MinerFolders() {
    }

    static BucketName bucketOf(ObjectStore store, Hotkey miner) {
        return store.layout().minerFolder(miner).bucket();
    }

    /** Throws {@code DependencyUnavailable} when the store cannot be reached. */
    static List<StoredObject> list(ObjectStore store, Hotkey miner) {
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
