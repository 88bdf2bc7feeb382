package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.in.mirror.CopyRound;
import io.subnetstorage.auth.application.port.in.mirror.CopyToMirrorUseCase;
import io.subnetstorage.auth.application.port.out.mirror.FailureReason;
import io.subnetstorage.auth.application.port.out.mirror.MirrorEvents;
import io.subnetstorage.auth.application.port.out.mirror.MirrorItem;
import io.subnetstorage.auth.application.port.out.mirror.MirrorLedger;
import io.subnetstorage.auth.application.port.out.mirror.MirrorState;
import io.subnetstorage.auth.application.port.out.mirror.Settlement;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One round of a mirror's worker: claim the mirror's due work, carry it out, settle each item. A failure is
 * retried later with {@link Backoff#OBJECT}; a mirror that cannot take writes pauses that mirror alone. Claims
 * are leased for {@link #LEASE}, so an instance that dies mid-copy leaves its items to others after that.
 */
public final class CopyToMirrorService implements CopyToMirrorUseCase {

    /** Objects one round of an object-at-a-time mirror claims: a round stays short, and the rest stays claimable. */
    static final int OBJECTS_PER_ROUND = 4;
    static final Duration LEASE = Duration.ofMinutes(30);
    /** How long a worker with nothing to do waits before asking the ledger again. */
    static final Duration IDLE = Duration.ofSeconds(5);
    /** How often a conflict is looked at again: an operator may have resolved it. */
    static final Duration CONFLICT_CHECK = Duration.ofDays(1);

    private final MirrorTopology topology;
    private final MirrorLedger ledger;
    private final ObjectCopier objects;
    private final BatchCopier batches;
    private final MirrorEvents events;
    private final Clock clock;
    private final Map<StoreKind, MirrorPause> pauses = new ConcurrentHashMap<>();

    public CopyToMirrorService(MirrorTopology topology, MirrorBookkeeping books, MinerBuckets buckets, long multipartThreshold,
            MirrorEvents events, Path spoolDirectory) {
        Targets targets = new Targets(topology, buckets);
        PartRule rule = new PartRule(multipartThreshold);
        this.topology = topology;
        this.ledger = books.ledger();
        this.objects = new ObjectCopier(targets, rule, events, books.clock());
        this.batches = new BatchCopier(targets, rule, events, new Spool(spoolDirectory), books.clock());
        this.events = events;
        this.clock = books.clock();
    }

    @Override
    public CopyRound copyRound(StoreKind mirror) {
        MirrorPause pause = pauses.computeIfAbsent(mirror, kind -> new MirrorPause());
        Instant now = clock.instant();
        if (!pause.remaining(now).isZero()) {
            return new CopyRound(0, 0, 0, pause.remaining(now));
        }
        ObjectStore store = topology.store(mirror);
        boolean batched = store.objectIo().isEmpty();
        int limit = batched ? store.batchWrites().orElseThrow().maxBatch() : OBJECTS_PER_ROUND;
        List<MirrorItem> items = ledger.claim(mirror, limit, now, LEASE);
        if (items.isEmpty()) {
            return new CopyRound(0, 0, 0, IDLE);
        }
        List<Attempted> attempts = batched ? copyBatch(store, items) : copyEach(items);
        int verified = 0;
        int failed = 0;
        for (Attempted attempt : attempts) {
            settle(attempt, pause);
            verified += attempt.settlement() != null && attempt.settlement().state() == MirrorState.VERIFIED ? 1 : 0;
            failed += attempt.failure() != null ? 1 : 0;
        }
        return new CopyRound(items.size(), verified, failed, pause.remaining(clock.instant()));
    }

    private List<Attempted> copyBatch(ObjectStore store, List<MirrorItem> items) {
        try {
            return batches.copy(store, items);
        } catch (RuntimeException bug) {
            // Whatever went wrong, the items are settled (retried later), not left leased.
            CopyFailure failure = new CopyFailure(FailureReason.OTHER, false, bug.toString(), bug);
            return items.stream().map(item -> Attempted.failed(item, failure)).toList();
        }
    }

    private List<Attempted> copyEach(List<MirrorItem> items) {
        List<Attempted> attempts = new ArrayList<>();
        boolean mirrorDown = false;
        for (MirrorItem item : items) {
            if (mirrorDown) {
                attempts.add(Attempted.untried(item));
                continue;
            }
            try {
                attempts.add(objects.copy(item).map(settlement -> Attempted.settled(item, settlement)).orElseGet(() -> Attempted.gone(item)));
            } catch (CopyFailure failure) {
                attempts.add(Attempted.failed(item, failure));
                mirrorDown = failure.mirrorDown();
            } catch (RuntimeException bug) {
                // Whatever went wrong with one object, the worker goes on with the others.
                attempts.add(Attempted.failed(item, new CopyFailure(FailureReason.OTHER, false, bug.toString(), bug)));
            }
        }
        return attempts;
    }

    private void settle(Attempted attempt, MirrorPause pause) {
        MirrorItem item = attempt.item();
        Instant now = clock.instant();
        if (attempt.untried()) {
            ledger.release(item, now);
        } else if (attempt.gone()) {
            ledger.forget(item);
        } else if (attempt.failure() != null) {
            CopyFailure failure = attempt.failure();
            ledger.settle(item, Settlement.failed(item.version(), failure.getMessage(), Backoff.OBJECT.next(item.attempts() + 1, now)), now);
            events.failed(item.mirror(), failure.reason());
            if (failure.mirrorDown()) {
                pause.trip(now);
            }
        } else {
            ledger.settle(item, attempt.settlement(), now);
            pause.reset();
            if (attempt.settlement().state() == MirrorState.CONFLICT && item.state() != MirrorState.CONFLICT) {
                // Counted when found; its daily second look is not another failure.
                events.failed(item.mirror(), FailureReason.CONFLICT);
            } else if (attempt.settlement().state() == MirrorState.COPIED) {
                events.failed(item.mirror(), FailureReason.VERIFICATION);
            }
        }
    }
}
