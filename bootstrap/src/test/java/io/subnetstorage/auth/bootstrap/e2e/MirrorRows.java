package io.subnetstorage.auth.bootstrap.e2e;

import io.subnetstorage.auth.bootstrap.support.TestDatabase;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the mirror ledger the way an operator would: one row of {@code mirror_objects}. */
final class MirrorRows {

    private MirrorRows() {
    }

    static String state(TestDatabase database, String mirror, ObjectKey key) {
        return column(database, "state", mirror, key);
    }

    static String sha256(TestDatabase database, String mirror, ObjectKey key) {
        return column(database, "sha256", mirror, key);
    }

    static String describe(TestDatabase database, String mirror, ObjectKey key) {
        return column(database, "state || ' attempts ' || attempts || ' error ' || coalesce(last_error, '-')", mirror, key);
    }

    static long count(TestDatabase database, String where) {
        try (Connection connection = database.connect();
                ResultSet row = connection.createStatement().executeQuery("SELECT count(*) FROM mirror_objects WHERE " + where)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String column(TestDatabase database, String expression, String mirror, ObjectKey key) {
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT " + expression + " FROM mirror_objects WHERE mirror = ? AND object_key = ?")) {
            query.setString(1, mirror);
            query.setString(2, key.value());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
