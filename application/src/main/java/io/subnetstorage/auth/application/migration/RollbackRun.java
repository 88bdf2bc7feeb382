package io.subnetstorage.auth.application.migration;

import io.subnetstorage.auth.application.mirror.CopyFailure;
import io.subnetstorage.auth.application.mirror.ObjectTransfer;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.migration.Migration;
import io.subnetstorage.auth.application.port.out.migration.MigrationLedger;
import io.subnetstorage.auth.application.port.out.migration.MigrationObject;
import io.subnetstorage.auth.application.port.out.migration.MigrationState;
import io.subnetstorage.auth.application.port.out.migration.ObjectOutcome;
import io.subnetstorage.auth.application.port.out.migration.ObjectState;
import io.subnetstorage.auth.application.port.out.mirror.FailureReason;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run of a rollback (SPEC §11): deletes from the destination exactly the objects this migration wrote there, a
 * batch at a time, each only if, asked just before, the source still holds the version that was copied and the
 * destination still holds the copy this migration made (and, for a verified copy, the two are the same bytes).
 * Anything else is kept and reported. Never runs while the destination is in use by the phase.
 */
final class RollbackRun {

    private final Migration migration;
    private final MigrationLedger ledger;
    private final MigrationStores stores;
    private final ObjectTransfer transfer;
    private final Throttle throttle;
    private final Retrying retrying;
    private final Clock clock;

    RollbackRun(Migration migration, MigrationLedger ledger, MigrationStores stores, ObjectTransfer transfer, Throttle throttle, Sleeper sleeper,
            Clock clock) {
        this.migration = migration;
        this.ledger = ledger;
        this.stores = stores;
        this.transfer = transfer;
        this.throttle = throttle;
        this.retrying = new Retrying(sleeper, this::stillRollingBack);
        this.clock = clock;
    }

    void run() {
        if (stores.inUse(migration.to())) {
            ledger.transition(migration.id(), List.of(MigrationState.ROLLING_BACK), MigrationState.FAILED, Optional.of("destination_in_use"),
                    clock.instant());
            return;
        }
        Optional<ObjectKey> after = Optional.empty();
        while (stillRollingBack()) {
            List<MigrationObject> batch = ledger.created(migration.id(), after, migration.batchSize());
            if (batch.isEmpty()) {
                ledger.transition(migration.id(), List.of(MigrationState.ROLLING_BACK), MigrationState.ROLLED_BACK, Optional.empty(),
                        clock.instant());
                return;
            }
            List<ObjectKey> deleted = new ArrayList<>();
            List<ObjectOutcome> kept = new ArrayList<>();
            for (MigrationObject object : batch) {
                retrying.call(() -> undo(object)).ifPresentOrElse(kept::add, () -> deleted.add(object.key()));
            }
            ledger.settleRollback(migration.id(), deleted, kept);
            after = Optional.of(batch.get(batch.size() - 1).key());
        }
    }

    /** Empty when the copy is gone from the destination; else why it was kept. */
    private Optional<ObjectOutcome> undo(MigrationObject object) {
        try {
            ObjectTransfer.Side from = stores.source(migration.from(), object.miner(), throttle);
            ObjectTransfer.Side to = stores.destination(migration.to(), object.miner(), true, throttle);
            Optional<ObjectInfo> copy = transfer.headTarget(to, object.key());
            if (copy.isEmpty()) {
                return Optional.empty();
            }
            Optional<ObjectInfo> original = transfer.headSource(from, object.key());
            if (original.filter(src -> src.size() == object.size() && src.etag().equals(object.sourceEtag())).isEmpty()) {
                return kept(object, "kept: the source no longer holds the object that was copied");
            }
            if (object.destinationEtag().filter(copy.get().etag()::equals).isEmpty()) {
                return kept(object, "kept: the destination's object is no longer the copy this migration made");
            }
            if (object.state() == ObjectState.VERIFIED && !transfer.sameBytes(original.get(), copy.get(), from, to, object.key()).same()) {
                return kept(object, "kept: the source and the destination no longer hold the same bytes");
            }
            to.io().delete(to.bucket(), object.key());
            return Optional.empty();
        } catch (CopyFailure failure) {
            if (failure.reason() == FailureReason.MIRROR_UNAVAILABLE || failure.reason() == FailureReason.SOURCE_UNAVAILABLE) {
                throw new DependencyUnavailable(failure.getMessage(), failure); // waited out and asked again
            }
            return kept(object, "kept: " + failure.getMessage());
        } catch (StoreRefused refused) {
            return kept(object, "kept: the destination refused the delete: " + refused.code() + " " + refused.getMessage());
        }
    }

    private static Optional<ObjectOutcome> kept(MigrationObject object, String why) {
        return Optional.of(new ObjectOutcome(object.key(), object.size(), object.sourceEtag(), Optional.empty(), object.destinationEtag(),
                object.state(), true, Optional.of(why)));
    }

    private boolean stillRollingBack() {
        return ledger.find(migration.id()).map(Migration::state).filter(MigrationState.ROLLING_BACK::equals).isPresent();
    }
}
