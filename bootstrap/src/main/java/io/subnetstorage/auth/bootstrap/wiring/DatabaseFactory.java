package io.subnetstorage.auth.bootstrap.wiring;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.bootstrap.embedded.EmbeddedDatabase;
import io.subnetstorage.auth.bootstrap.lifecycle.ShutdownSequence;
import io.subnetstorage.auth.postgres.DatabaseUrl;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The one datasource, named {@code default}, migrated with the adapters-postgres scripts before use:
 * DATABASE_URL when set, else an embedded cluster under DATA_DIR/postgres, started only then. Both are closed by
 * the {@link ShutdownSequence}: the pool after the audit trail's last write, the cluster after the pool.
 */
@Factory
class DatabaseFactory {

    static final String MIGRATIONS = "classpath:db/migration";

    /** Typed as DataSource: Micronaut wraps datasources in a transaction-aware proxy of that type. */
    @Singleton
    @Named("default")
    DataSource dataSource(DeploymentConfig deployment, BeanProvider<EmbeddedDatabase> embedded, ShutdownSequence shutdown) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("ssa");
        config.setMaximumPoolSize(10);
        // Start even while PostgreSQL is away: the ledger answers 503 until it is back.
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(deployment.databaseConnectionTimeout().toMillis());
        config.setValidationTimeout(Math.min(1000, deployment.databaseConnectionTimeout().toMillis()));
        if (deployment.databaseUrl().isPresent()) {
            DatabaseUrl url = deployment.databaseUrl().get();
            config.setJdbcUrl(url.jdbcUrl());
            url.username().ifPresent(config::setUsername);
            url.password().ifPresent(config::setPassword);
        } else {
            EmbeddedDatabase database = embedded.get();
            config.setJdbcUrl(database.jdbcUrl());
            config.setUsername(database.username());
        }
        HikariDataSource pool = new HikariDataSource(config);
        shutdown.onClose(ShutdownSequence.Stage.POOLS, "database pool", pool);
        // Migrated here rather than by micronaut-flyway, whose runner only sees datasources it built itself.
        Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
        return pool;
    }

    @Singleton
    EmbeddedDatabase embeddedDatabase(DeploymentConfig deployment, ShutdownSequence shutdown) throws IOException {
        EmbeddedDatabase database = EmbeddedDatabase.start(deployment.usableDataDir().resolve("postgres"));
        shutdown.onClose(ShutdownSequence.Stage.EMBEDDED, "embedded PostgreSQL", database);
        return database;
    }
}
