package io.subnetstorage.auth.postgres;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Short transactions on the pool, with every SQL or connection failure turned into
 * {@link DependencyUnavailable}. Plain JDBC on purpose: the commit is explicit (a grant is recorded when
 * {@code commit()} returns), and batch inserts and upserts read as the SQL they are.
 */
@Singleton
class Jdbc {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource pool;

    Jdbc(DataSource dataSource) {
        // Micronaut Data wraps the pool so connections follow its own transactions; we manage ours.
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Runs {@code work} in one transaction; returns only after the commit. */
    <T> T inTransaction(String what, Work<T> work) {
        try {
            return inTransactionOrThrow(work);
        } catch (SQLException e) {
            throw new DependencyUnavailable(what + " failed: " + e.getMessage(), e);
        }
    }

    /** As {@link #inTransaction} but leaves the failure to the caller, which may retry it. */
    <T> T inTransactionOrThrow(Work<T> work) throws SQLException {
        try {
            return attempt(work);
        } catch (NotCommitted first) {
            if (!isConnectionFailure(first.getCause())) {
                throw first.getCause();
            }
            // A pooled connection the server has closed (after a restart or an outage) fails before
            // anything is committed, so one retry on another connection is safe and spares the caller a 503.
            try {
                return attempt(work);
            } catch (NotCommitted second) {
                throw second.getCause();
            }
        }
    }

    private <T> T attempt(Work<T> work) throws SQLException, NotCommitted {
        try (Connection connection = pool.getConnection()) {
            T result;
            try {
                connection.setAutoCommit(false);
                result = work.run(connection);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                if (e instanceof SQLException sql) {
                    throw new NotCommitted(sql);
                }
                throw e;
            }
            // A failure from here on is not retried: the commit may have reached the server.
            connection.commit();
            return result;
        }
    }

    /** Connection exceptions (08) and the server shutting the session down (57P01-57P03). */
    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    /** A failure before the commit was sent: nothing was written. */
    private static final class NotCommitted extends Exception {
        NotCommitted(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /**
     * Client-supplied text (request ids, claimed hotkeys) bounded and without NUL, which PostgreSQL
     * refuses in text columns: one such value must not fail a grant or poison an audit batch.
     */
    static String text(String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String clean = value.indexOf('\0') < 0 ? value : value.replace("\0", "");
        return clean.length() <= maxLength ? clean : clean.substring(0, maxLength);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
