package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.mirror.Discovery;
import io.subnetstorage.auth.application.port.out.mirror.MirrorLedger;
import io.subnetstorage.auth.application.port.out.mirror.MirrorState;
import io.subnetstorage.auth.application.port.out.mirror.ObjectVersion;
import io.subnetstorage.auth.application.port.out.mirror.TrackedObject;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.application.port.out.storage.StoredObject;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists one miner's folder on each source and compares it with the ledger: an object a target lacks becomes
 * pending work, and so does a tracked object whose source now holds another version (it was overwritten). A key
 * is copied from the first source it was found on; a copy the service made is not copied back where it came from. A source that cannot be listed is counted failed and skipped.
 */
final class MinerScanner {

    private final MirrorTopology topology;
    private final MirrorLedger ledger;
    private final Clock clock;
    private final NewWork newWork;

    MinerScanner(MirrorTopology topology, MirrorBookkeeping books) {
        this.topology = topology;
        this.ledger = books.ledger();
        this.clock = books.clock();
        this.newWork = books.newWork();
    }

    /** Scans {@code miner} on each of {@code sources}, adding to their tallies. */
    void scan(Hotkey miner, Map<StoreKind, SourceTally> sources) {
        Map<String, TrackedObject> tracked = new HashMap<>();
        for (TrackedObject object : ledger.tracked(miner)) {
            tracked.put(id(object.mirror(), object.key().value()), object);
        }
        for (Map.Entry<StoreKind, SourceTally> source : sources.entrySet()) {
            SourceTally tally = source.getValue();
            tally.folders++;
            List<StoredObject> found;
            try {
                found = MinerFolders.list(topology.store(source.getKey()), miner);
            } catch (DependencyUnavailable | StoreRefused e) {
                tally.failed(source.getKey().label() + ": " + e.getMessage());
                continue;
            }
            List<Discovery> discoveries = compare(source.getKey(), miner, found, tracked, tally);
            if (!discoveries.isEmpty()) {
                ledger.record(discoveries, clock.instant());
                tally.discovered += discoveries.size();
                newWork.arrived();
            }
        }
    }

    private List<Discovery> compare(StoreKind source, Hotkey miner, List<StoredObject> found, Map<String, TrackedObject> tracked,
            SourceTally tally) {
        List<Discovery> discoveries = new ArrayList<>();
        List<StoreKind> targets = topology.targetsOf(source);
        for (StoredObject object : found) {
            tally.found++;
            ObjectVersion version = new ObjectVersion(object.size(), object.etag());
            TrackedObject copiedHere = tracked.get(id(source, object.key().value()));
            for (StoreKind target : targets) {
                if (copiedHere != null && copiedHere.source() == target && copiedHere.state() == MirrorState.VERIFIED) {
                    continue; // the service copied it here from that target: the target has it
                }
                TrackedObject known = tracked.get(id(target, object.key().value()));
                boolean overwritten = known != null && known.source() == source && !known.version().equals(version);
                if (known == null || overwritten) {
                    discoveries.add(new Discovery(target, object.key(), miner, source, version));
                    // Another source scanned next for the same miner must not record the key again.
                    tracked.put(id(target, object.key().value()), new TrackedObject(target, object.key(), source, version,
                            MirrorState.PENDING));
                }
                if (known == null || overwritten || known.state().outstanding()) {
                    tally.outstanding++;
                }
            }
        }
        return discoveries;
    }

    private static String id(StoreKind mirror, String key) {
        return mirror.label() + "\n" + key;
    }
}
