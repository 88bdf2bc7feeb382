package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.ExclusiveJobs;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import javax.sql.DataSource;

/**
 * One runner per job across instances: a session-level {@code pg_try_advisory_lock} held on a connection of
 * its own for as long as the job runs. A crashed runner's session ends, and with it the lock.
 */
@Singleton
class PostgresExclusiveJobs implements ExclusiveJobs {

    private final DataSource dataSource;

    PostgresExclusiveJobs(DataSource dataSource) {
        // The lock lives as long as its own session, outside any transaction: the transaction-aware proxy
        // hands out connections only inside one.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public boolean runIfFree(String job, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            // The pool may hand out connections in a transaction; the lock must not wait for its end.
            connection.setAutoCommit(true);
            long key = lockKey(job);
            if (!lock(connection, "SELECT pg_try_advisory_lock(?)", key)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                lock(connection, "SELECT pg_advisory_unlock(?)", key);
            }
        } catch (SQLException e) {
            throw new DependencyUnavailable("job lock for " + job + " failed: " + e.getMessage(), e);
        }
    }

    /** A stable 64-bit key per job name (FNV-1a), so every instance and version locks the same one. */
    static long lockKey(String job) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : ("ssa-job:" + job).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static boolean lock(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }
}
