package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.mirror.MirrorEvents;
import io.subnetstorage.auth.application.port.out.mirror.MirrorItem;
import io.subnetstorage.auth.application.port.out.mirror.MirrorState;
import io.subnetstorage.auth.application.port.out.mirror.ObjectVersion;
import io.subnetstorage.auth.application.port.out.mirror.Settlement;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import java.time.Clock;
import java.util.Optional;

/**
 * Copies one object to a mirror that takes writes one object at a time (S3, Hippius). The mirror is asked first:
 * the same bytes there are verified without a copy, other bytes are a conflict and never overwritten (unless the
 * service wrote them itself and could not yet verify them); a conflict is asked again daily, so one an operator
 * resolved (by removing the wrong object) ends copied or verified. Otherwise the source is streamed to the mirror with
 * its content type and metadata, hashed on the way: what was read must be the source object (size, and its ETag
 * when that is an MD5 or a multipart ETag of the same parts), and what the mirror reports must be what was sent
 * (size, and the MD5 or multipart ETag the adapter's part size gives). A copy that cannot be shown so stays
 * {@code copied} and is compared byte for byte next round.
 */
final class ObjectCopier {

    private final Targets targets;
    private final ObjectTransfer transfer;
    private final MirrorEvents events;
    private final Clock clock;

    ObjectCopier(Targets targets, PartRule rule, MirrorEvents events, Clock clock) {
        this.targets = targets;
        this.transfer = new ObjectTransfer(rule.threshold());
        this.events = events;
        this.clock = clock;
    }

    /** The outcome, or empty when the source object is gone (nothing to copy). */
    Optional<Settlement> copy(MirrorItem item) {
        ObjectStore source = targets.source(item);
        ObjectTransfer.Side from = new ObjectTransfer.Side(source.objectIo().orElseThrow(), MinerFolders.bucketOf(source, item.miner()));
        Optional<ObjectInfo> original = transfer.headSource(from, item.key());
        if (original.isEmpty()) {
            return Optional.empty();
        }
        ObjectInfo src = original.get();
        ObjectVersion version = new ObjectVersion(src.size(), src.etag());
        ObjectStore mirror = targets.mirror(item);
        ObjectTransfer.Side to = new ObjectTransfer.Side(mirror.objectIo().orElseThrow(), targets.bucketOnMirror(mirror, item.miner()));
        Optional<ObjectInfo> there = transfer.headTarget(to, item.key());
        if (there.isPresent()) {
            SameBytes.Comparison same = transfer.sameBytes(src, there.get(), from, to, item.key());
            if (same.same()) {
                // The ledger's SHA-256 is of the version it tracks; of another version it says nothing.
                Optional<String> known = item.version().equals(version) ? item.sha256() : Optional.empty();
                return Optional.of(Settlement.verified(version, same.sha256().or(() -> known)));
            }
            if (item.state() != MirrorState.COPIED) {
                return Optional.of(Settlement.conflict(version, "the mirror holds " + there.get().size() + " bytes, ETag "
                        + there.get().etag() + "; the source " + src.size() + " bytes, ETag " + src.etag(),
                        clock.instant().plus(CopyToMirrorService.CONFLICT_CHECK)));
            }
        }
        return Optional.of(write(item, from, to, src));
    }

    private Settlement write(MirrorItem item, ObjectTransfer.Side from, ObjectTransfer.Side to, ObjectInfo src) {
        ObjectVersion version = new ObjectVersion(src.size(), src.etag());
        ObjectTransfer.Written written = transfer.write(from, to, item.key(), src);
        events.copied(item.mirror());
        if (!written.vouched()) {
            return Settlement.copied(version, written.sha256(), "read " + written.bytes() + " bytes that the source's size " + src.size()
                    + " and ETag " + src.etag() + " do not vouch for; compared byte for byte next", clock.instant());
        }
        if (!written.reportedAsSent()) {
            return Settlement.copied(version, written.sha256(), "the mirror reports " + written.reported().size() + " bytes, ETag "
                    + written.reported().etag() + "; sent " + written.bytes() + " bytes, ETag " + written.expectedEtag()
                    + "; compared byte for byte next", clock.instant());
        }
        return Settlement.verified(version, Optional.of(written.sha256()));
    }
}
