package io.subnetstorage.auth.application.migration;

import io.subnetstorage.auth.application.mirror.MinerFolders;
import io.subnetstorage.auth.application.mirror.ObjectTransfer;
import io.subnetstorage.auth.application.port.out.storage.ListPage;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.port.out.storage.StoredObject;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.StorePhases;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stores a migration reads and writes, through the throttle: which can take part (object I/O and listings),
 * whether a destination is in use by the phase (a rollback's guard), the miners a source holds, and each miner's
 * bucket on either side. A dry run never makes sure of a bucket, since that may create it.
 */
final class MigrationStores {

    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);

    private final StoreRegistry stores;
    private final StorePhases phases;
    private final MinerBuckets buckets;

    MigrationStores(StoreRegistry stores, StorePhases phases, MinerBuckets buckets) {
        this.stores = stores;
        this.phases = phases;
        this.buckets = buckets;
    }

    /** Empty when the store can take part; else why not. */
    Optional<String> unusable(StoreKind kind, boolean source) {
        Optional<ObjectStore> store = stores.find(kind);
        if (store.isEmpty()) {
            return Optional.of(kind.label() + " is not a configured store");
        }
        if (store.get().objectIo().isEmpty() || (source && store.get().listings().isEmpty())) {
            return Optional.of(kind.label() + " cannot be " + (source ? "listed and read" : "written") + " object by object");
        }
        return Optional.empty();
    }

    boolean listsAllMiners(StoreKind kind) {
        return stores.get(kind).layout().allMiners().isPresent();
    }

    /** SPEC §11: the upload store, the next one while it takes a share, the read store or a mirror. */
    boolean inUse(StoreKind destination) {
        return phases.roleOf(destination).isPresent();
    }

    /** Every {@code data/hotkey={hotkey}/} folder on the source, member of the metagraph or not. */
    List<Hotkey> miners(StoreKind source, Throttle throttle) {
        ObjectStore store = stores.get(source);
        FolderPrefix root = FolderPrefix.allMiners();
        List<Hotkey> miners = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            ListQuery query = ListQuery.of(root).withDelimiter("/");
            ListQuery page = token.map(query::withContinuationToken).orElse(query);
            throttle.acquire();
            ListPage listed = store.listings().orElseThrow().list(store.layout().allMiners().orElseThrow().bucket(), page, PAGE_TIMEOUT);
            for (String prefix : listed.commonPrefixes()) {
                hotkey(prefix.substring(root.value().length(), prefix.length() - 1)).ifPresent(miners::add);
            }
            token = listed.nextContinuationToken();
        } while (token.isPresent());
        return miners;
    }

    /** A miner's objects on the source: its data folder and its attribution sidecars (one throttle turn per miner). */
    List<StoredObject> objects(StoreKind source, Hotkey miner, Throttle throttle) {
        throttle.acquire();
        return MinerFolders.list(stores.get(source), miner);
    }

    ObjectTransfer.Side source(StoreKind kind, Hotkey miner, Throttle throttle) {
        ObjectStore store = stores.get(kind);
        return new ObjectTransfer.Side(io(store, throttle), MinerFolders.bucketOf(store, miner));
    }

    /** The miner's bucket on the destination; made sure of (possibly created) unless {@code dryRun}. */
    ObjectTransfer.Side destination(StoreKind kind, Hotkey miner, boolean dryRun, Throttle throttle) {
        ObjectStore store = stores.get(kind);
        return new ObjectTransfer.Side(io(store, throttle),
                dryRun ? MinerFolders.bucketOf(store, miner) : MinerFolders.bucketOnTarget(buckets, store, miner));
    }

    private static ObjectIo io(ObjectStore store, Throttle throttle) {
        return new ThrottledIo(store.objectIo().orElseThrow(), throttle);
    }

    private static Optional<Hotkey> hotkey(String text) {
        try {
            return Optional.of(Hotkey.of(text));
        } catch (RuntimeException notAnAddress) {
            return Optional.empty(); // not a miner's folder: nothing a miner uploaded
        }
    }
}
