package io.subnetstorage.auth.bootstrap.wiring;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.bootstrap.embedded.EmbeddedDatabase;
import io.subnetstorage.auth.postgres.DatabaseUrl;
import jakarta.annotation.PreDestroy;
import org.flywaydb.core.Flyway;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import javax.sql.DataSource;

/**
 * The one datasource, named {@code default}, migrated with the adapters-postgres scripts before use:
 * DATABASE_URL when set, else an embedded cluster under DATA_DIR/postgres, started only then.
 */
@Factory
class DatabaseFactory {

    static final String MIGRATIONS = "classpath:db/migration";

    private HikariDataSource pool;

    /** Typed as DataSource: Micronaut wraps datasources in a transaction-aware proxy of that type. */
    @Singleton
    @Named("default")
    DataSource dataSource(DeploymentConfig deployment, BeanProvider<EmbeddedDatabase> embedded) {
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
        pool = new HikariDataSource(config);
        // Migrated here rather than by micronaut-flyway, whose runner only sees datasources it built itself.
        Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
        return pool;
    }

    @PreDestroy
    void closePool() {
        if (pool != null) {
            pool.close();
        }
    }

    @Singleton
    @Bean(preDestroy = "close")
    EmbeddedDatabase embeddedDatabase(DeploymentConfig deployment) throws IOException {
        return EmbeddedDatabase.start(deployment.usableDataDir().resolve("postgres"));
    }
}
