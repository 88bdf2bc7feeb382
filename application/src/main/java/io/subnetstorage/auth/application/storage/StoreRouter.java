package io.subnetstorage.auth.application.storage;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.out.UploadHistory;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.util.Optional;

/**
 * The one answer to "which store, and where in it, serves this miner for this operation" (SPEC §7): the
 * phases decide uploads (with the rollout rule), per-miner reads follow the miner's latest upload store,
 * global listings read {@code READ_STORE}, and a validator may name a store to read. A request today's
 * Subnet 46 client sends (a folder form, no {@code files}) goes to a POST store while one is configured,
 * so old clients keep working through every phase.
 */
public final class StoreRouter {

    private final StoreRegistry stores;
    private final StorePhases phases;
    private final UploadHistory history;

    public StoreRouter(StoreRegistry stores, StorePhases phases, UploadHistory history) {
        this.stores = stores;
        this.phases = phases;
        this.history = history;
    }

    public StorePhases phases() {
        return phases;
    }

    public StoreRegistry stores() {
        return stores;
    }

    /** The store a miner's uploads go to: the next store once the rollout has reached the miner. */
    public ObjectStore uploadStoreOf(Hotkey miner) {
        StoreKind kind = phases.uploadStoreNext().filter(next -> RolloutRule.reached(miner, phases.rolloutPercent()))
                .orElse(phases.uploadStore());
        return stores.get(kind);
    }

    /**
     * Where a folder POST form comes from: the miner's upload store if it signs POST policies, else a store
     * that does while one is configured; else the request must list its files (400).
     */
    public Route folderForm(Hotkey miner) {
        ObjectStore store = uploadStoreOf(miner);
        if (store.folderUploads().isEmpty()) {
            store = stores.all().stream().filter(candidate -> candidate.folderUploads().isPresent()
                    && candidate.descriptor().kind() != StoreKind.HUGGINGFACE).findFirst()
                    .orElseThrow(() -> new AccessRefused(ReasonCode.PUT_UPLOADS_NEED_FILES, Role.MINER));
        }
        return new Route(store, store.layout().minerFolder(miner));
    }

    /** Where per-object uploads of a miner go. */
    public Route objectUploads(Hotkey miner) {
        ObjectStore store = uploadStoreOf(miner);
        return new Route(store, store.layout().minerFolder(miner));
    }

    /**
     * Checks a validator's {@code store} before any signature work: only a configured upload-or-read
     * capable store can serve reads.
     */
    public Optional<ObjectStore> readableStore(Optional<String> requested) {
        if (requested.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(StoreKind.byLabel(requested.get()).filter(kind -> kind != StoreKind.HUGGINGFACE).flatMap(stores::find)
                .filter(store -> store.listings().isPresent() && store.downloads().isPresent())
                .orElseThrow(() -> new AccessRefused(ReasonCode.STORE_CANNOT_SERVE_READS, Role.VALIDATOR)));
    }

    /** Per-miner reads: the store named, else the miner's latest upload store, else the read store. */
    public Route minerRead(Hotkey miner, Optional<ObjectStore> requested) {
        ObjectStore store = requested.orElseGet(() -> history.latestUploadStore(miner).flatMap(stores::find)
                .filter(found -> found.listings().isPresent())
                .orElseGet(() -> stores.get(phases.readStore())));
        return new Route(store, store.layout().minerFolder(miner));
    }

    /** Listings of every miner: the store named, else the read store; none exists with per-miner buckets (409). */
    public Route globalRead(Optional<ObjectStore> requested) {
        ObjectStore store = requested.orElseGet(() -> stores.get(phases.readStore()));
        StorageLocation all = store.layout().allMiners()
                .orElseThrow(() -> new AccessRefused(ReasonCode.GLOBAL_LISTING_UNAVAILABLE, Role.VALIDATOR));
        return new Route(store, all);
    }
}
