package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.mirror.SourceHistory;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StorePhases;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which stores objects are copied from and to (SPEC §10). Sources: the phase's upload stores, and every store
 * miners were granted uploads to that still holds objects not yet on the targets. Targets of an object found on
 * store X: every mirror and the upload store, minus X. HuggingFace is only ever a target, and only as a mirror.
 */
public final class MirrorTopology {

    private final StoreRegistry stores;
    private final StorePhases phases;

    public MirrorTopology(StoreRegistry stores, StorePhases phases) {
        this.stores = stores;
        this.phases = phases;
    }

    /** Every store that receives copies and can be written to: the mirrors and the upload store. */
    public Set<StoreKind> targets() {
        Set<StoreKind> targets = EnumSet.of(phases.uploadStore());
        targets.addAll(phases.mirrors());
        targets.removeIf(kind -> stores.find(kind).filter(MirrorTopology::writable).isEmpty());
        return targets;
    }

    /** Where an object found on {@code source} must also be. */
    public List<StoreKind> targetsOf(StoreKind source) {
        return targets().stream().filter(target -> target != source).toList();
    }

    /** The stores to scan: the upload stores, and former ones not yet drained. */
    public Set<StoreKind> sources(List<SourceHistory> history) {
        Set<StoreKind> sources = EnumSet.copyOf(phases.uploadStores());
        history.stream().filter(former -> !former.drained()).forEach(former -> sources.add(former.store()));
        sources.removeIf(kind -> kind == StoreKind.HUGGINGFACE || stores.find(kind).filter(MirrorTopology::readable).isEmpty());
        return sources;
    }

    /** True while miners may be granted uploads to {@code store}: it cannot be drained. */
    public boolean currentUploadStore(StoreKind store) {
        return phases.uploadStores().contains(store);
    }

    /** True when {@code kind} is configured and can be listed and read. */
    public boolean readableSource(StoreKind kind) {
        return stores.find(kind).filter(MirrorTopology::readable).isPresent();
    }

    public ObjectStore store(StoreKind kind) {
        return stores.get(kind);
    }

    private static boolean writable(ObjectStore store) {
        return store.objectIo().isPresent() || store.batchWrites().isPresent();
    }

    private static boolean readable(ObjectStore store) {
        return store.listings().isPresent() && store.objectIo().isPresent();
    }
}
