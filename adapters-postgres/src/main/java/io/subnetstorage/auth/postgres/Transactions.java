package io.subnetstorage.auth.postgres;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.exceptions.TransactionException;
import io.micronaut.transaction.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Short transactions through Micronaut's {@link TransactionOperations}, with every SQL or connection failure
 * turned into {@link DependencyUnavailable}. Programmatic rather than {@code @Transactional}: the commit
 * happens inside an interceptor there, so its failure could neither be told apart from a failure of the
 * work (which may be retried) nor mapped to {@code DependencyUnavailable} by the adapter itself.
 */
@Singleton
class Transactions {

    /** Repository calls made here join the transaction; plain JDBC gets its connection as the argument. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    // Its own transaction even if a caller ever opens one: a grant is recorded when this commit returns.
    private static final TransactionDefinition OWN =
            TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);

    private final TransactionOperations<Connection> operations;
    private final ConnectionOperations<Connection> connections;

    Transactions(TransactionOperations<Connection> operations, ConnectionOperations<Connection> connections) {
        this.operations = operations;
        this.connections = connections;
    }

    /**
     * Runs one read-only statement on a pooled connection in autocommit: one round trip where a transaction
     * costs two (the statement, then COMMIT) and PostgreSQL a transaction of its own. For a single SELECT on the
     * request path the answer is the same. Failures as in {@link #inTransaction}, with the same one retry.
     */
    <T> T readAlone(String what, Work<T> work) {
        try {
            try {
                return aloneOrThrow(work);
            } catch (SQLException e) {
                if (!isConnectionFailure(e)) {
                    throw e;
                }
                return aloneOrThrow(work);
            }
        } catch (SQLException e) {
            throw new DependencyUnavailable(what + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} on a pooled connection in autocommit, once, and leaves the failure to the caller: for
     * one statement, which PostgreSQL applies whole or not at all, no BEGIN and no COMMIT round trip.
     */
    <T> T aloneOrThrow(Work<T> work) throws SQLException {
        try {
            return connections.execute(ConnectionDefinition.REQUIRES_NEW, status -> {
                try {
                    return work.run(status.getConnection());
                } catch (SQLException e) {
                    throw new DataAccessException(e.getMessage(), e);
                }
            });
        } catch (RuntimeException e) {
            throw sqlFailure(e);
        }
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
        Attempt<T> first = new Attempt<>(work);
        try {
            return first.run();
        } catch (SQLException e) {
            if (first.workFailure == null || !isConnectionFailure(first.workFailure)) {
                throw e;
            }
            // A pooled connection the server has closed (after a restart or an outage) fails before
            // anything is committed, so one retry on another connection is safe and spares the caller a 503.
            // Hikari evicts the broken connection, so the retry gets a different one.
            return new Attempt<>(work).run();
        }
    }

    /** Connection exceptions (08) and the server shutting the session down (57P01-57P03). */
    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    /**
     * The SQL failure behind an exception from Micronaut Data (repositories wrap the driver's
     * {@link SQLException}, the transaction manager wraps connection, commit and rollback failures).
     * Anything else is a bug, not an unavailable database, and is rethrown as it is.
     */
    private static SQLException sqlFailure(RuntimeException e) {
        SQLException cause = sqlCause(e);
        if (cause != null) {
            return cause;
        }
        if (e instanceof DataAccessException || e instanceof TransactionException
                || e instanceof ConnectionException || e instanceof CannotGetJdbcConnectionException) {
            return new SQLException(e.getMessage(), e);
        }
        throw e;
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /**
     * One try. Only a failure of the work itself may be retried; not getting a connection, nor the commit.
     * The work's own failure is kept because the transaction manager, cleaning up a connection the server
     * closed, throws its own "connection is closed" (no SQL state) in place of it.
     */
    private final class Attempt<T> {

        private final Work<T> work;
        private SQLException workFailure;

        Attempt(Work<T> work) {
            this.work = work;
        }

        T run() throws SQLException {
            try {
                return operations.execute(OWN, status -> {
                    try {
                        return work.run(status.getConnection());
                    } catch (SQLException e) {
                        workFailure = e;
                        // Unchecked, so the transaction manager rolls back as for any runtime failure.
                        throw new DataAccessException(e.getMessage(), e);
                    } catch (RuntimeException e) {
                        workFailure = sqlCause(e);
                        throw e;
                    }
                });
            } catch (RuntimeException e) {
                if (workFailure == null) {
                    throw sqlFailure(e);
                }
                if (sqlCause(e) != workFailure) {
                    workFailure.addSuppressed(e);
                }
                throw workFailure;
            }
        }
    }
}
