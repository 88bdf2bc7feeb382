package io.subnetstorage.auth.bootstrap.health;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One round trip to PostgreSQL: a pooled connection and {@code SELECT 1}. Getting the connection waits at
 * most DATABASE_CONNECTION_TIMEOUT (the pool's), the query at most the given timeout.
 */
@Singleton
final class DatabaseCheck {

    private final DataSource pool;

    /** The pool itself, not Micronaut's transaction-aware wrapper, which expects a transaction around it. */
    DatabaseCheck(DataSource dataSource, @Nullable DataSourceResolver resolver) {
        this.pool = (resolver == null ? DataSourceResolver.DEFAULT : resolver).resolve(dataSource);
    }

    ProbeOutcome run(Duration timeout) {
        long start = System.nanoTime();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            statement.execute("SELECT 1");
            return new ProbeOutcome(true, millisSince(start), Optional.empty());
        } catch (SQLException | RuntimeException e) {
            return ProbeOutcome.failed(millisSince(start), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static long millisSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}
