package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.migration.Migration;
import io.subnetstorage.auth.application.port.out.migration.MigrationCounts;
import io.subnetstorage.auth.application.port.out.migration.MigrationId;
import io.subnetstorage.auth.application.port.out.migration.MigrationLedger;
import io.subnetstorage.auth.application.port.out.migration.MigrationObject;
import io.subnetstorage.auth.application.port.out.migration.MigrationState;
import io.subnetstorage.auth.application.port.out.migration.ObjectOutcome;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The migration ledger in tables {@code migrations} and {@code migration_objects} (V10), plain JDBC. Each batch is
 * one statement batch in one transaction; the counts are aggregated from the objects, so they always match the
 * report. A rollback also makes the mirror state of what it deleted pending again (V9), so no mirror reports it.
 */
@Singleton
class PostgresMigrationLedger implements MigrationLedger {

    private static final String OBJECT_COLUMNS = "object_key, hotkey, size, source_etag, state, created, destination_etag";

    private final Transactions transactions;

    PostgresMigrationLedger(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void create(Migration migration) {
        transactions.inTransaction("recording a migration", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO migrations (id, source, destination, miners, dry_run,"
                    + " batch_size, verify, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, migration.id().value());
                insert.setString(2, migration.from().label());
                insert.setString(3, migration.to().label());
                insert.setArray(4, migration.miners().isEmpty() ? null
                        : connection.createArrayOf("text", migration.miners().get().stream().map(Hotkey::value).toArray()));
                insert.setBoolean(5, migration.dryRun());
                insert.setInt(6, migration.batchSize());
                insert.setString(7, migration.verify().label());
                insert.setString(8, migration.state().label());
                insert.setTimestamp(9, Timestamp.from(migration.createdAt()));
                insert.setTimestamp(10, Timestamp.from(migration.createdAt()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Migration> find(MigrationId id) {
        return transactions.inTransaction("reading a migration", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT * FROM migrations WHERE id = ?")) {
                query.setObject(1, id.value());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(MigrationRows.migration(row)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Migration> all() {
        return migrations("SELECT * FROM migrations ORDER BY created_at DESC").stream().toList();
    }

    @Override
    public List<MigrationId> runnable() {
        return migrations("SELECT * FROM migrations WHERE state IN ('queued', 'running', 'rolling_back') ORDER BY created_at").stream()
                .map(Migration::id).toList();
    }

    private List<Migration> migrations(String sql) {
        return transactions.inTransaction("reading migrations", connection -> {
            List<Migration> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    found.add(MigrationRows.migration(row));
                }
            }
            return found;
        });
    }

    @Override
    public boolean transition(MigrationId id, Collection<MigrationState> from, MigrationState state, Optional<String> reason, Instant now) {
        return transactions.inTransaction("changing a migration's state", connection -> {
            String running = state == MigrationState.RUNNING
                    ? ", running_since = ?, settled_at_start = (SELECT count(*) FROM migration_objects o WHERE o.migration = migrations.id"
                            + " AND o.state NOT IN ('pending', 'in_flight'))"
                    : ", running_since = NULL";
            try (PreparedStatement update = connection.prepareStatement("UPDATE migrations SET state = ?, reason = ?, updated_at = ?" + running
                    + " WHERE id = ? AND state = ANY (?)")) {
                int i = 1;
                update.setString(i++, state.label());
                update.setString(i++, reason.orElse(null));
                update.setTimestamp(i++, Timestamp.from(now));
                if (state == MigrationState.RUNNING) {
                    update.setTimestamp(i++, Timestamp.from(now));
                }
                update.setObject(i++, id.value());
                update.setArray(i, connection.createArrayOf("text", from.stream().map(MigrationState::label).toArray()));
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void add(MigrationId id, List<MigrationObject> objects) {
        transactions.inTransaction("recording a migration's objects", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO migration_objects (migration, object_key, hotkey, size,"
                    + " source_etag, state) VALUES (?, ?, ?, ?, ?, 'pending') ON CONFLICT DO NOTHING")) {
                for (MigrationObject object : objects) {
                    insert.setObject(1, id.value());
                    insert.setString(2, object.key().value());
                    insert.setString(3, object.miner().value());
                    insert.setLong(4, object.size());
                    insert.setString(5, object.sourceEtag());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void markListed(MigrationId id) {
        update("marking a migration listed", "UPDATE migrations SET listed = true WHERE id = ?", id);
    }

    @Override
    public List<MigrationObject> open(MigrationId id, int limit) {
        return objects("SELECT " + OBJECT_COLUMNS + " FROM migration_objects WHERE migration = ? AND state IN ('pending', 'in_flight')"
                + " ORDER BY object_key LIMIT ?", id, Optional.empty(), limit);
    }

    @Override
    public List<MigrationObject> created(MigrationId id, Optional<ObjectKey> afterKey, int limit) {
        return objects("SELECT " + OBJECT_COLUMNS + " FROM migration_objects WHERE migration = ? AND created AND state <> 'rolled_back'"
                + " AND object_key > ? ORDER BY object_key LIMIT ?", id, Optional.of(afterKey.map(ObjectKey::value).orElse("")), limit);
    }

    private List<MigrationObject> objects(String sql, MigrationId id, Optional<String> after, int limit) {
        return transactions.inTransaction("reading a migration's objects", connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                int i = 1;
                query.setObject(i++, id.value());
                if (after.isPresent()) {
                    query.setString(i++, after.get());
                }
                query.setInt(i, limit);
                List<MigrationObject> found = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        found.add(MigrationRows.object(row));
                    }
                }
                return found;
            }
        });
    }

    @Override
    public void markInFlight(MigrationId id, List<ObjectKey> keys) {
        keyed("marking a batch in flight", "UPDATE migration_objects SET state = 'in_flight' WHERE migration = ? AND object_key = ?"
                + " AND state = 'pending'", id, keys);
    }

    @Override
    public void settle(MigrationId id, List<ObjectOutcome> outcomes, List<ObjectKey> untried) {
        transactions.inTransaction("recording a batch of a migration", connection -> {
            MigrationRows.settle(connection, id, outcomes);
            MigrationRows.keyed(connection, "UPDATE migration_objects SET state = 'pending' WHERE migration = ? AND object_key = ?"
                    + " AND state = 'in_flight'", id, untried);
            return null;
        });
    }

    @Override
    public void settleRollback(MigrationId id, List<ObjectKey> deleted, List<ObjectOutcome> kept) {
        transactions.inTransaction("recording a batch of a rollback", connection -> {
            MigrationRows.keyed(connection, "UPDATE migration_objects SET state = 'rolled_back', error = NULL WHERE migration = ?"
                    + " AND object_key = ?", id, deleted);
            // The destination no longer holds them: a mirror's row saying so must not claim they are verified there.
            MigrationRows.keyed(connection, "UPDATE mirror_objects SET state = 'pending', sha256 = NULL, attempts = 0, lease = NULL,"
                    + " last_error = 'deleted by the rollback of migration ' || ?::text, next_attempt_at = now(), updated_at = now()"
                    + " WHERE mirror = (SELECT destination FROM migrations WHERE id = ?::uuid) AND object_key = ?", id, deleted, true);
            MigrationRows.settle(connection, id, kept);
            return null;
        });
    }

    @Override
    public MigrationCounts counts(MigrationId id) {
        return transactions.inTransaction("counting a migration's objects", connection -> MigrationRows.counts(connection, id));
    }

    @Override
    public void report(MigrationId id, Consumer<ObjectOutcome> line) {
        transactions.inTransaction("reading a migration's report", connection -> {
            MigrationRows.report(connection, id, line);
            return null;
        });
    }

    private void keyed(String what, String sql, MigrationId id, List<ObjectKey> keys) {
        transactions.inTransaction(what, connection -> {
            MigrationRows.keyed(connection, sql, id, keys);
            return null;
        });
    }

    private void update(String what, String sql, MigrationId id) {
        transactions.inTransaction(what, connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setObject(1, id.value());
                update.executeUpdate();
            }
            return null;
        });
    }
}
