package io.subnetstorage.auth.application.mirror;

import static io.subnetstorage.auth.application.mirror.StoreSide.MIRROR;
import static io.subnetstorage.auth.application.mirror.StoreSide.SOURCE;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.mirror.FailureReason;
import io.subnetstorage.auth.application.port.out.mirror.MirrorEvents;
import io.subnetstorage.auth.application.port.out.mirror.MirrorItem;
import io.subnetstorage.auth.application.port.out.mirror.MirrorState;
import io.subnetstorage.auth.application.port.out.mirror.ObjectVersion;
import io.subnetstorage.auth.application.port.out.mirror.Settlement;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.domain.storage.BucketName;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
    private final PartRule rule;
    private final MemoryBudget memory;
    private final MirrorEvents events;
    private final Clock clock;

    ObjectCopier(Targets targets, PartRule rule, MirrorEvents events, Clock clock) {
        this.targets = targets;
        this.rule = rule;
        // Two writes' worth of buffers, as two workers held before small objects were let through together.
        this.memory = new MemoryBudget(2 * rule.threshold());
        this.events = events;
        this.clock = clock;
    }

    /** The outcome, or empty when the source object is gone (nothing to copy). */
    Optional<Settlement> copy(MirrorItem item) {
        ObjectStore source = targets.source(item);
        ObjectIo from = source.objectIo().orElseThrow();
        BucketName fromBucket = MinerFolders.bucketOf(source, item.miner());
        Optional<ObjectInfo> original = SOURCE.call("HEAD", () -> from.head(fromBucket, item.key()));
        if (original.isEmpty()) {
            return Optional.empty();
        }
        ObjectInfo src = original.get();
        ObjectVersion version = new ObjectVersion(src.size(), src.etag());
        ObjectStore mirror = targets.mirror(item);
        ObjectIo to = mirror.objectIo().orElseThrow();
        BucketName toBucket = targets.bucketOnMirror(mirror, item.miner());
        Optional<ObjectInfo> there = MIRROR.call("HEAD", () -> to.head(toBucket, item.key()));
        if (there.isPresent()) {
            SameBytes.Comparison same = SameBytes.compare(src, there.get(), () -> read(from, fromBucket, item), () -> read(to, toBucket, item));
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
        return Optional.of(write(item, new HashingSource(from, fromBucket, item.key(), rule.partSize(src.size())), src, to, toBucket));
    }

    private Settlement write(MirrorItem item, HashingSource content, ObjectInfo src, ObjectIo to, BucketName toBucket) {
        ObjectVersion version = new ObjectVersion(src.size(), src.etag());
        ObjectInfo written;
        long buffered = memory.take(rule.multipart(src.size()) ? rule.partSize(src.size()) : src.size());
        try {
            written = to.put(toBucket, item.key(), new ObjectContent(src.size(), content, src.contentType(), src.metadata()));
        } catch (DependencyUnavailable | UncheckedIOException e) {
            throw content.failed() ? SOURCE.unavailable("GET", e) : MIRROR.unavailable("PUT", e);
        } catch (StoreRefused refused) {
            throw content.failed() ? SOURCE.refused("GET", refused) : MIRROR.refused("PUT", refused);
        } finally {
            memory.give(buffered);
        }
        events.copied(item.mirror());
        Digest read = content.digest().orElseThrow(() -> new CopyFailure(FailureReason.VERIFICATION, "the mirror never read the source"));
        if (!read.vouchedFor(src)) {
            return Settlement.copied(version, read.sha256Hex(), "read " + read.bytes() + " bytes that the source's size " + src.size()
                    + " and ETag " + src.etag() + " do not vouch for; compared byte for byte next", clock.instant());
        }
        String expected = read.expectedEtag(rule);
        if (written.size() != read.bytes() || !written.etag().equals(expected)) {
            return Settlement.copied(version, read.sha256Hex(), "the mirror reports " + written.size() + " bytes, ETag " + written.etag()
                    + "; sent " + read.bytes() + " bytes, ETag " + expected + "; compared byte for byte next", clock.instant());
        }
        return Settlement.verified(version, Optional.of(read.sha256Hex()));
    }

    private static InputStream read(ObjectIo io, BucketName bucket, MirrorItem item) {
        return io.get(bucket, item.key()).orElseThrow(() -> new DependencyUnavailable(item.key() + " vanished while being compared"));
    }
}
