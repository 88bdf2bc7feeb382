package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.mirror.FailureReason;
import io.subnetstorage.auth.application.port.out.mirror.MirrorItem;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.BucketName;

/**
 * The stores of a claimed item, and the miner's bucket on the mirror: with a bucket per miner it is made sure of
 * first (created, or found to be the service's), exactly as before an upload grant; a foreign one is never written.
 */
final class Targets {

    private final MirrorTopology topology;
    private final MinerBuckets buckets;

    Targets(MirrorTopology topology, MinerBuckets buckets) {
        this.topology = topology;
        this.buckets = buckets;
    }

    ObjectStore source(MirrorItem item) {
        if (!topology.readableSource(item.source())) {
            throw new CopyFailure(FailureReason.OTHER, item.source().label() + " is not a configured store the service can read");
        }
        return topology.store(item.source());
    }

    ObjectStore mirror(MirrorItem item) {
        return topology.store(item.mirror());
    }

    BucketName bucketOnMirror(ObjectStore mirror, Hotkey miner) {
        return MinerFolders.bucketOnTarget(buckets, mirror, miner);
    }
}
