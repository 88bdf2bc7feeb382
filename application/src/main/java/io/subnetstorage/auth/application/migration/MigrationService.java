package io.subnetstorage.auth.application.migration;

import io.subnetstorage.auth.application.port.in.migration.ControlMigrationUseCase;
import io.subnetstorage.auth.application.port.in.migration.MigrationProgress;
import io.subnetstorage.auth.application.port.in.migration.MigrationRefused;
import io.subnetstorage.auth.application.port.in.migration.StartMigrationCommand;
import io.subnetstorage.auth.application.port.in.migration.StartMigrationUseCase;
import io.subnetstorage.auth.application.port.in.migration.ViewMigrationsUseCase;
import io.subnetstorage.auth.application.port.out.migration.Migration;
import io.subnetstorage.auth.application.port.out.migration.MigrationCounts;
import io.subnetstorage.auth.application.port.out.migration.MigrationId;
import io.subnetstorage.auth.application.port.out.migration.MigrationLedger;
import io.subnetstorage.auth.application.port.out.migration.MigrationState;
import io.subnetstorage.auth.application.port.out.migration.ObjectOutcome;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.StorePhases;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The operator's side of migrations (SPEC §11): start one (queued for a runner), pause, resume, roll back, and
 * read progress and the report. Only the ledger changes here; runners see the new state between batches.
 */
public final class MigrationService implements StartMigrationUseCase, ControlMigrationUseCase, ViewMigrationsUseCase {

    private static final List<MigrationState> ROLLBACK_FROM = List.of(MigrationState.QUEUED, MigrationState.RUNNING, MigrationState.PAUSED,
            MigrationState.DONE, MigrationState.FAILED);

    private final MigrationLedger ledger;
    private final MigrationStores stores;
    private final Clock clock;

    public MigrationService(MigrationLedger ledger, StoreRegistry stores, StorePhases phases, Clock clock) {
        this.ledger = ledger;
        this.stores = new MigrationStores(stores, phases, new MinerBuckets());
        this.clock = clock;
    }

    @Override
    public MigrationId start(StartMigrationCommand command) {
        Optional<String> unusable = stores.unusable(command.from(), true).or(() -> stores.unusable(command.to(), false));
        if (unusable.isPresent()) {
            throw new MigrationRefused(MigrationRefused.Reason.INVALID, unusable.get());
        }
        if (command.miners().isEmpty() && !stores.listsAllMiners(command.from())) {
            throw new MigrationRefused(MigrationRefused.Reason.INVALID, "miners \"all\" needs a source with one shared bucket: "
                    + command.from().label() + " has a bucket per miner, so list the hotkeys");
        }
        MigrationId id = MigrationId.random();
        ledger.create(new Migration(id, command.from(), command.to(), command.miners(), command.dryRun(), command.batchSize(), command.verify(),
                MigrationState.QUEUED, Optional.empty(), false, clock.instant(), Optional.empty(), 0));
        return id;
    }

    @Override
    public void pause(MigrationId id) {
        move(id, List.of(MigrationState.QUEUED, MigrationState.RUNNING), MigrationState.PAUSED, Optional.of("operator"));
    }

    @Override
    public void resume(MigrationId id) {
        move(id, List.of(MigrationState.PAUSED), MigrationState.QUEUED, Optional.empty());
    }

    @Override
    public void rollback(MigrationId id) {
        Migration migration = find(id);
        if (migration.dryRun()) {
            throw new MigrationRefused(MigrationRefused.Reason.WRONG_STATE, "A dry run wrote nothing to roll back");
        }
        if (stores.inUse(migration.to())) {
            throw new MigrationRefused(MigrationRefused.Reason.DESTINATION_IN_USE, "Destination is in use");
        }
        move(id, ROLLBACK_FROM, MigrationState.ROLLING_BACK, Optional.empty());
    }

    @Override
    public List<MigrationProgress> list() {
        return ledger.all().stream().map(this::progress).toList();
    }

    @Override
    public Optional<MigrationProgress> progress(MigrationId id) {
        return ledger.find(id).map(this::progress);
    }

    @Override
    public boolean report(MigrationId id, Consumer<ObjectOutcome> line) {
        if (ledger.find(id).isEmpty()) {
            return false;
        }
        ledger.report(id, line);
        return true;
    }

    private MigrationProgress progress(Migration migration) {
        MigrationCounts counts = ledger.counts(migration.id());
        double rate = 0;
        if (migration.state() == MigrationState.RUNNING && migration.runningSince().isPresent()) {
            Duration running = Duration.between(migration.runningSince().get(), clock.instant());
            long settled = counts.done() - migration.settledAtStart();
            rate = running.toMillis() > 0 && settled > 0 ? settled * 1000.0 / running.toMillis() : 0;
        }
        OptionalLong eta = rate > 0 && migration.listed() ? OptionalLong.of((long) Math.ceil((counts.total() - counts.done()) / rate))
                : OptionalLong.empty();
        if (migration.state() == MigrationState.DONE || migration.state() == MigrationState.ROLLED_BACK) {
            eta = OptionalLong.of(0);
        }
        return new MigrationProgress(migration, counts, rate, eta);
    }

    private void move(MigrationId id, List<MigrationState> from, MigrationState to, Optional<String> reason) {
        Migration migration = find(id);
        Instant now = clock.instant();
        if (!ledger.transition(id, from, to, reason, now)) {
            throw new MigrationRefused(MigrationRefused.Reason.WRONG_STATE, "Migration is " + ledger.find(id).orElse(migration).state().label());
        }
    }

    private Migration find(MigrationId id) {
        return ledger.find(id).orElseThrow(() -> new MigrationRefused(MigrationRefused.Reason.NOT_FOUND, "Migration not found"));
    }
}
