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
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * One run of a migration's copying, on the instance that holds its lock: list the source in full once (recorded,
 * so a restart does not list again), then batch after batch of open objects: mark the batch in flight (one commit),
 * copy its objects a few at a time, record the outcomes (one commit). A crash loses at most the batch in flight,
 * whose objects are looked at again and recognised at the destination. Stops when nothing is open (done), when an
 * operator pauses or rolls back (seen between batches and while waiting), or when the destination halts it.
 */
final class CopyRun {

    private static final int SOURCE_TRIES = 5;

    private final MigrationLedger ledger;
    private final MigrationStores stores;
    private final ObjectMigrator migrator;
    private final Throttle throttle;
    private final Retrying retrying;
    private final ExecutorService copiers;
    private final Clock clock;
    private final Migration migration;

    CopyRun(Migration migration, MigrationLedger ledger, MigrationStores stores, ObjectTransfer transfer, Throttle throttle, Sleeper sleeper,
            ExecutorService copiers, Clock clock) {
        this.migration = migration;
        this.ledger = ledger;
        this.stores = stores;
        this.migrator = new ObjectMigrator(transfer, migration.verify(), migration.dryRun());
        this.throttle = throttle;
        this.retrying = new Retrying(sleeper, this::stillRunning);
        this.copiers = copiers;
        this.clock = clock;
    }

    void run() {
        if (!migration.listed()) {
            list();
        }
        while (stillRunning()) {
            List<MigrationObject> batch = ledger.open(migration.id(), migration.batchSize());
            if (batch.isEmpty()) {
                ledger.transition(migration.id(), List.of(MigrationState.RUNNING), MigrationState.DONE, Optional.empty(), clock.instant());
                return;
            }
            if (!migration.dryRun()) {
                ledger.markInFlight(migration.id(), batch.stream().filter(object -> object.state() == ObjectState.PENDING).map(MigrationObject::key).toList());
            }
            copy(batch);
        }
    }

    private void list() {
        List<Hotkey> miners = migration.miners().orElseGet(() -> retrying.call(() -> stores.miners(migration.from(), throttle)));
        for (Hotkey miner : miners) {
            List<MigrationObject> found = retrying.call(() -> stores.objects(migration.from(), miner, throttle)).stream()
                    .map(object -> MigrationObject.listed(object.key(), miner, object.size(), ObjectInfo.normalize(object.etag()))).toList();
            for (int from = 0; from < found.size(); from += migration.batchSize()) {
                ledger.add(migration.id(), found.subList(from, Math.min(found.size(), from + migration.batchSize())));
            }
        }
        ledger.markListed(migration.id());
    }

    private void copy(List<MigrationObject> batch) {
        List<Future<ObjectOutcome>> running = new ArrayList<>();
        for (MigrationObject object : batch) {
            Callable<ObjectOutcome> task = () -> attempt(object);
            running.add(copiers.submit(task));
        }
        List<ObjectOutcome> outcomes = new ArrayList<>();
        List<ObjectKey> untried = new ArrayList<>();
        Optional<Halt> halt = Optional.empty();
        for (int i = 0; i < batch.size(); i++) {
            try {
                outcomes.add(running.get(i).get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Halt stop) {
                    halt = Optional.of(stop);
                }
                // Halted or stopped: recognised at the destination next run if it got there.
                if (batch.get(i).state() == ObjectState.PENDING) {
                    untried.add(batch.get(i).key());
                }
            } catch (InterruptedException stopping) {
                running.forEach(future -> future.cancel(true));
                Thread.currentThread().interrupt();
                throw new Sleeper.Stopped();
            }
        }
        ledger.settle(migration.id(), outcomes, untried);
        halt.ifPresent(stop -> ledger.transition(migration.id(), List.of(MigrationState.RUNNING), MigrationState.PAUSED,
                Optional.of(stop.reason()), clock.instant()));
    }

    /** One object, waiting out an unavailable destination; answers its outcome, or throws {@link Halt}. */
    private ObjectOutcome attempt(MigrationObject object) {
        Duration wait = Retrying.FIRST;
        boolean mayBeOurs = object.state() == ObjectState.IN_FLIGHT;
        int sourceFailures = 0;
        while (true) {
            try {
                ObjectTransfer.Side from = stores.source(migration.from(), object.miner(), throttle);
                ObjectTransfer.Side to = stores.destination(migration.to(), object.miner(), migration.dryRun(), throttle);
                return migrator.migrate(object, from, to, mayBeOurs);
            } catch (CopyFailure failure) {
                switch (failure.reason()) {
                    case NO_CREDIT -> throw new Halt("no_credit", failure.getMessage());
                    case ACCESS_DENIED -> {
                        if (failure.mirrorDown()) {
                            throw new Halt("access_denied", failure.getMessage());
                        }
                        return ObjectOutcome.failed(object, false, "access_denied: " + failure.getMessage());
                    }
                    case MIRROR_UNAVAILABLE -> {
                        // The write may have landed before the failure: an identical object there next time is ours.
                        mayBeOurs = !migration.dryRun();
                        wait = retrying.pause(wait);
                    }
                    case SOURCE_UNAVAILABLE -> {
                        if (++sourceFailures >= SOURCE_TRIES) {
                            return ObjectOutcome.failed(object, false, "source_unavailable: " + failure.getMessage());
                        }
                        wait = retrying.pause(wait);
                    }
                    case REFUSED -> {
                        return ObjectOutcome.failed(object, false, "refused: " + failure.getMessage());
                    }
                    case VERIFICATION -> {
                        return ObjectOutcome.failed(object, false, "verification: " + failure.getMessage());
                    }
                    default -> {
                        return ObjectOutcome.failed(object, false, "error: " + failure.getMessage());
                    }
                }
            } catch (DependencyUnavailable unavailable) {
                wait = retrying.pause(wait);
            } catch (Halt | Sleeper.Stopped stop) {
                throw stop;
            } catch (RuntimeException bug) {
                // Whatever went wrong with one object, it ends failed with the reason, not open for ever.
                return ObjectOutcome.failed(object, false, "error: " + bug);
            }
        }
    }

    private boolean stillRunning() {
        return ledger.find(migration.id()).map(Migration::state).filter(MigrationState.RUNNING::equals).isPresent();
    }
}
