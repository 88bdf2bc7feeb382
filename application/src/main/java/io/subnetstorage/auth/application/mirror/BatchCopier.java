package io.subnetstorage.auth.application.mirror;

import static io.subnetstorage.auth.application.mirror.StoreSide.MIRROR;

import io.subnetstorage.auth.application.port.out.mirror.FailureReason;
import io.subnetstorage.auth.application.port.out.mirror.MirrorEvents;
import io.subnetstorage.auth.application.port.out.mirror.MirrorItem;
import io.subnetstorage.auth.application.port.out.mirror.ObjectVersion;
import io.subnetstorage.auth.application.port.out.mirror.Settlement;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites.BatchItem;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites.BatchOutcome;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.domain.storage.BucketName;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Copies a batch of objects to a mirror written in batches (the HuggingFace Hub): each source object is spooled
 * to a temporary file while its SHA-256 (which the Hub's LFS protocol asks for first, and then checks) and MD5
 * are computed and checked against the source, then the batch goes in {@link BatchWrites#putAll} calls, one per
 * bucket (repository). Spooling stops at {@link Spool#BUDGET} bytes; the rest is given back for the next round.
 */
final class BatchCopier {

    private final Targets targets;
    private final PartRule rule;
    private final MirrorEvents events;
    private final Spool spool;
    private final Clock clock;

    BatchCopier(Targets targets, PartRule rule, MirrorEvents events, Spool spool, Clock clock) {
        this.targets = targets;
        this.rule = rule;
        this.events = events;
        this.spool = spool;
        this.clock = clock;
    }

    List<Attempted> copy(ObjectStore mirror, List<MirrorItem> items) {
        BatchWrites writes = mirror.batchWrites().orElseThrow();
        List<Attempted> done = new ArrayList<>();
        Map<BucketName, List<Spool.Spooled>> buckets = new LinkedHashMap<>();
        try (Spool.Session files = spool.session()) {
            for (MirrorItem item : items) {
                if (files.full()) {
                    done.add(Attempted.untried(item));
                    continue;
                }
                try {
                    Optional<Spool.Spooled> spooled = files.add(item, targets.source(item), rule);
                    if (spooled.isEmpty()) {
                        done.add(Attempted.gone(item));
                    } else {
                        buckets.computeIfAbsent(targets.bucketOnMirror(mirror, item.miner()), b -> new ArrayList<>()).add(spooled.get());
                    }
                } catch (CopyFailure failure) {
                    done.add(Attempted.failed(item, failure));
                }
            }
            boolean mirrorDown = false;
            for (Map.Entry<BucketName, List<Spool.Spooled>> bucket : buckets.entrySet()) {
                if (mirrorDown) {
                    bucket.getValue().forEach(spooled -> done.add(Attempted.untried(spooled.item())));
                    continue;
                }
                try {
                    done.addAll(write(writes, bucket.getKey(), bucket.getValue()));
                } catch (CopyFailure failure) {
                    bucket.getValue().forEach(spooled -> done.add(Attempted.failed(spooled.item(), failure)));
                    mirrorDown = failure.mirrorDown();
                }
            }
        }
        return done;
    }

    private List<Attempted> write(BatchWrites writes, BucketName bucket, List<Spool.Spooled> batch) {
        List<BatchItem> items = batch.stream().map(spooled -> new BatchItem(spooled.item().key(), new ObjectContent(spooled.source().size(),
                spooled::open, spooled.source().contentType(), spooled.source().metadata()), spooled.digest().sha256Hex())).toList();
        Map<String, BatchOutcome> outcomes = new LinkedHashMap<>();
        MIRROR.call("batch write to " + bucket, () -> writes.putAll(bucket, items)).forEach(outcome -> outcomes.put(outcome.key().value(), outcome));
        List<Attempted> done = new ArrayList<>();
        for (Spool.Spooled spooled : batch) {
            MirrorItem item = spooled.item();
            ObjectVersion version = new ObjectVersion(spooled.source().size(), spooled.source().etag());
            Optional<String> sha256 = Optional.of(spooled.digest().sha256Hex());
            BatchOutcome outcome = outcomes.get(item.key().value());
            if (outcome == null) {
                done.add(Attempted.failed(item, new CopyFailure(FailureReason.OTHER, "the batch write reported nothing for this object")));
                continue;
            }
            String error = outcome.error().orElse("");
            switch (outcome.result()) {
                case WRITTEN -> {
                    events.copied(item.mirror());
                    done.add(Attempted.settled(item, Settlement.verified(version, sha256)));
                }
                case ALREADY_PRESENT -> done.add(Attempted.settled(item, Settlement.verified(version, sha256)));
                case CONFLICT -> done.add(Attempted.settled(item, Settlement.conflict(version,
                        error.isEmpty() ? "the mirror holds other bytes under this key" : error,
                        clock.instant().plus(CopyToMirrorService.CONFLICT_CHECK))));
                case FAILED -> done.add(Attempted.failed(item, new CopyFailure(FailureReason.REFUSED, "the batch write failed: " + error)));
            }
        }
        return done;
    }
}
