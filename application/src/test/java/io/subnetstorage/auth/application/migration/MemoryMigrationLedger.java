package io.subnetstorage.auth.application.migration;

import io.subnetstorage.auth.application.port.out.migration.Migration;
import io.subnetstorage.auth.application.port.out.migration.MigrationCounts;
import io.subnetstorage.auth.application.port.out.migration.MigrationId;
import io.subnetstorage.auth.application.port.out.migration.MigrationLedger;
import io.subnetstorage.auth.application.port.out.migration.MigrationObject;
import io.subnetstorage.auth.application.port.out.migration.MigrationState;
import io.subnetstorage.auth.application.port.out.migration.ObjectOutcome;
import io.subnetstorage.auth.application.port.out.migration.ObjectState;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The migration ledger in memory, as PostgresMigrationLedger keeps it; {@code commits} counts its writes. */
final class MemoryMigrationLedger implements MigrationLedger {

    /** A row: the object as listed and what became of it. */
    record Row(MigrationObject object, ObjectOutcome outcome) {
    }

    final Map<MigrationId, Migration> migrations = new ConcurrentHashMap<>();
    final Map<MigrationId, TreeMap<String, Row>> objects = new ConcurrentHashMap<>();
    int commits;

    @Override
    public synchronized void create(Migration migration) {
        migrations.put(migration.id(), migration);
        objects.put(migration.id(), new TreeMap<>());
    }

    @Override
    public synchronized Optional<Migration> find(MigrationId id) {
        return Optional.ofNullable(migrations.get(id));
    }

    @Override
    public synchronized List<Migration> all() {
        return List.copyOf(migrations.values());
    }

    @Override
    public synchronized List<MigrationId> runnable() {
        return migrations.values().stream().filter(m -> m.state().runnable()).map(Migration::id).toList();
    }

    @Override
    public synchronized boolean transition(MigrationId id, Collection<MigrationState> from, MigrationState state, Optional<String> reason,
            Instant now) {
        Migration m = migrations.get(id);
        if (m == null || !from.contains(m.state())) {
            return false;
        }
        boolean running = state == MigrationState.RUNNING;
        migrations.put(id, new Migration(id, m.from(), m.to(), m.miners(), m.dryRun(), m.batchSize(), m.verify(), state, reason, m.listed(),
                m.createdAt(), running ? Optional.of(now) : Optional.empty(), running ? counts(id).done() : 0));
        return true;
    }

    @Override
    public synchronized void add(MigrationId id, List<MigrationObject> listed) {
        commits++;
        listed.forEach(object -> objects.get(id).putIfAbsent(object.key().value(), new Row(object, null)));
    }

    @Override
    public synchronized void markListed(MigrationId id) {
        Migration m = migrations.get(id);
        migrations.put(id, new Migration(id, m.from(), m.to(), m.miners(), m.dryRun(), m.batchSize(), m.verify(), m.state(), m.reason(), true,
                m.createdAt(), m.runningSince(), m.settledAtStart()));
    }

    @Override
    public synchronized List<MigrationObject> open(MigrationId id, int limit) {
        return objects.get(id).values().stream().map(this::current).filter(object -> object.state().open()).limit(limit).toList();
    }

    @Override
    public synchronized void markInFlight(MigrationId id, List<ObjectKey> keys) {
        commits++;
        keys.forEach(key -> restate(id, key, ObjectState.PENDING, ObjectState.IN_FLIGHT));
    }

    @Override
    public synchronized void settle(MigrationId id, List<ObjectOutcome> outcomes, List<ObjectKey> untried) {
        commits++;
        outcomes.forEach(outcome -> {
            Row row = objects.get(id).get(outcome.key().value());
            boolean created = outcome.created() || (row.outcome() != null && row.outcome().created());
            objects.get(id).put(outcome.key().value(), new Row(row.object(), new ObjectOutcome(outcome.key(), outcome.size(), outcome.sourceEtag(),
                    outcome.sha256(), outcome.destinationEtag(), outcome.state(), created, outcome.error())));
        });
        untried.forEach(key -> restate(id, key, ObjectState.IN_FLIGHT, ObjectState.PENDING));
    }

    @Override
    public synchronized List<MigrationObject> created(MigrationId id, Optional<ObjectKey> afterKey, int limit) {
        return objects.get(id).values().stream().map(this::current)
                .filter(object -> object.created() && object.state() != ObjectState.ROLLED_BACK)
                .filter(object -> afterKey.isEmpty() || object.key().value().compareTo(afterKey.get().value()) > 0).limit(limit).toList();
    }

    @Override
    public synchronized void settleRollback(MigrationId id, List<ObjectKey> deleted, List<ObjectOutcome> kept) {
        deleted.forEach(key -> {
            ObjectOutcome was = objects.get(id).get(key.value()).outcome();
            settle(id, List.of(new ObjectOutcome(key, was.size(), was.sourceEtag(), was.sha256(), was.destinationEtag(), ObjectState.ROLLED_BACK,
                    true, Optional.empty())), List.of());
        });
        settle(id, kept, List.of());
    }

    @Override
    public synchronized MigrationCounts counts(MigrationId id) {
        List<ObjectOutcome> lines = new ArrayList<>();
        report(id, lines::add);
        long created = lines.stream().filter(ObjectOutcome::created).count();
        return new MigrationCounts(lines.size(), created, count(lines, ObjectState.VERIFIED), count(lines, ObjectState.FAILED),
                count(lines, ObjectState.SKIPPED), lines.stream().filter(ObjectOutcome::created).mapToLong(ObjectOutcome::size).sum(),
                lines.stream().filter(line -> !line.state().open()).count());
    }

    @Override
    public synchronized void report(MigrationId id, Consumer<ObjectOutcome> line) {
        objects.get(id).values().forEach(row -> line.accept(row.outcome() != null ? row.outcome()
                : new ObjectOutcome(row.object().key(), row.object().size(), row.object().sourceEtag(), Optional.empty(), Optional.empty(),
                        row.object().state(), false, Optional.empty())));
    }

    /** The state a test reads: the outcome's, else the listed object's. */
    synchronized ObjectState state(MigrationId id, ObjectKey key) {
        return current(objects.get(id).get(key.value())).state();
    }

    /** Leaves an object in flight, as a batch that crashed after its write but before its commit does. */
    synchronized void crashedInFlight(MigrationId id, ObjectKey key) {
        restate(id, key, ObjectState.PENDING, ObjectState.IN_FLIGHT);
    }

    private MigrationObject current(Row row) {
        if (row.outcome() == null) {
            return row.object();
        }
        ObjectOutcome outcome = row.outcome();
        return new MigrationObject(row.object().key(), row.object().miner(), outcome.size(), outcome.sourceEtag(), outcome.state(),
                outcome.created(), outcome.destinationEtag());
    }

    private void restate(MigrationId id, ObjectKey key, ObjectState from, ObjectState to) {
        Row row = objects.get(id).get(key.value());
        MigrationObject object = row.object();
        if (row.outcome() == null && object.state() == from) {
            objects.get(id).put(key.value(), new Row(new MigrationObject(object.key(), object.miner(), object.size(), object.sourceEtag(), to,
                    false, Optional.empty()), null));
        }
    }

    private static long count(List<ObjectOutcome> lines, ObjectState state) {
        return lines.stream().filter(line -> line.state() == state).count();
    }
}
