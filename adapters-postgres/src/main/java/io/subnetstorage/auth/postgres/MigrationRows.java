package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.migration.Migration;
import io.subnetstorage.auth.application.port.out.migration.MigrationCounts;
import io.subnetstorage.auth.application.port.out.migration.MigrationId;
import io.subnetstorage.auth.application.port.out.migration.MigrationObject;
import io.subnetstorage.auth.application.port.out.migration.MigrationState;
import io.subnetstorage.auth.application.port.out.migration.ObjectOutcome;
import io.subnetstorage.auth.application.port.out.migration.ObjectState;
import io.subnetstorage.auth.application.port.out.migration.Verification;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Rows of {@code migrations} and {@code migration_objects} to ledger types and back. */
final class MigrationRows {

    private static final int MAX_ERROR = 2000;

    private MigrationRows() {
    }

    static Migration migration(ResultSet row) throws SQLException {
        Array miners = row.getArray("miners");
        Optional<List<Hotkey>> hotkeys = miners == null ? Optional.empty()
                : Optional.of(Arrays.stream((String[]) miners.getArray()).map(Hotkey::of).toList());
        return new Migration(new MigrationId(row.getObject("id", UUID.class)), store(row.getString("source")), store(row.getString("destination")),
                hotkeys, row.getBoolean("dry_run"), row.getInt("batch_size"), Verification.byLabel(row.getString("verify")).orElseThrow(),
                MigrationState.ofLabel(row.getString("state")), Optional.ofNullable(row.getString("reason")), row.getBoolean("listed"),
                row.getTimestamp("created_at").toInstant(), Optional.ofNullable(row.getTimestamp("running_since")).map(Timestamp::toInstant),
                row.getLong("settled_at_start"));
    }

    static MigrationObject object(ResultSet row) throws SQLException {
        return new MigrationObject(new ObjectKey(row.getString("object_key")), Hotkey.of(row.getString("hotkey")), row.getLong("size"),
                row.getString("source_etag"), ObjectState.ofLabel(row.getString("state")), row.getBoolean("created"),
                Optional.ofNullable(row.getString("destination_etag")));
    }

    static void settle(Connection connection, MigrationId id, List<ObjectOutcome> outcomes) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE migration_objects SET size = ?, source_etag = ?,"
                + " sha256 = coalesce(?, sha256), destination_etag = ?, state = ?, created = created OR ?, error = ?"
                + " WHERE migration = ? AND object_key = ?")) {
            for (ObjectOutcome outcome : outcomes) {
                update.setLong(1, outcome.size());
                update.setString(2, outcome.sourceEtag());
                update.setString(3, outcome.sha256().orElse(null));
                update.setString(4, outcome.destinationEtag().orElse(null));
                update.setString(5, outcome.state().label());
                update.setBoolean(6, outcome.created());
                update.setString(7, outcome.error().map(error -> error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error).orElse(null));
                update.setObject(8, id.value());
                update.setString(9, outcome.key().value());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Runs {@code sql} (parameters: the migration, then a key) for each key. */
    static void keyed(Connection connection, String sql, MigrationId id, List<ObjectKey> keys) throws SQLException {
        keyed(connection, sql, id, keys, false);
    }

    /** {@code idTwice}: the statement names the migration twice before the key. */
    static void keyed(Connection connection, String sql, MigrationId id, List<ObjectKey> keys, boolean idTwice) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (ObjectKey key : keys) {
                int i = 1;
                update.setObject(i++, id.value());
                if (idTwice) {
                    update.setObject(i++, id.value());
                }
                update.setString(i, key.value());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    static MigrationCounts counts(Connection connection, MigrationId id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*),"
                + " count(*) FILTER (WHERE created), count(*) FILTER (WHERE state = 'verified'), count(*) FILTER (WHERE state = 'failed'),"
                + " count(*) FILTER (WHERE state = 'skipped'), coalesce(sum(size) FILTER (WHERE created), 0),"
                + " count(*) FILTER (WHERE state NOT IN ('pending', 'in_flight')) FROM migration_objects WHERE migration = ?")) {
            query.setObject(1, id.value());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new MigrationCounts(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6),
                        row.getLong(7));
            }
        }
    }

    static void report(Connection connection, MigrationId id, Consumer<ObjectOutcome> line) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT object_key, size, source_etag, sha256, destination_etag, state,"
                + " created, error FROM migration_objects WHERE migration = ? ORDER BY object_key")) {
            query.setObject(1, id.value());
            query.setFetchSize(1000);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    line.accept(new ObjectOutcome(new ObjectKey(row.getString("object_key")), row.getLong("size"), row.getString("source_etag"),
                            Optional.ofNullable(row.getString("sha256")), Optional.ofNullable(row.getString("destination_etag")),
                            ObjectState.ofLabel(row.getString("state")), row.getBoolean("created"), Optional.ofNullable(row.getString("error"))));
                }
            }
        }
    }

    private static StoreKind store(String label) {
        return StoreKind.byLabel(label).orElseThrow(() -> new IllegalStateException("unknown store " + label + " in migrations"));
    }
}
