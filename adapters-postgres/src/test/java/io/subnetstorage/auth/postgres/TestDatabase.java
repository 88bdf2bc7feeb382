package io.subnetstorage.auth.postgres;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * A throwaway database on the PostgreSQL server named by {@code DATABASE_URL} (default: the local server's
 * {@code test} database as {@code postgres}), so test classes and parallel runs never share tables.
 */
final class TestDatabase implements AutoCloseable {

    static final DatabaseUrl SERVER = DatabaseUrl.parse(System.getenv().getOrDefault(
            "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test"));

    final String name;
    final String jdbcUrl;

    private TestDatabase(String name) {
        this.name = name;
        this.jdbcUrl = SERVER.jdbcUrl().replaceFirst("^(jdbc:postgresql://[^/]*/)([^?]*)", "$1" + name);
    }

    static TestDatabase create() throws SQLException {
        String name = "ssa_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        onServer("CREATE DATABASE " + name);
        return new TestDatabase(name);
    }

    /** A context with the adapters on this database; Flyway migrates it unless {@code extra} says not. */
    ApplicationContext start(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(datasource(jdbcUrl));
        properties.put("flyway.datasources.default.enabled", true);
        properties.putAll(extra);
        return ApplicationContext.run(properties);
    }

    static Map<String, Object> datasource(String url) {
        Map<String, Object> properties = new HashMap<>(DatabaseUrl.parse(url).datasourceProperties("default"));
        SERVER.username().ifPresent(u -> properties.putIfAbsent("datasources.default.username", u));
        SERVER.password().ifPresent(p -> properties.putIfAbsent("datasources.default.password", p));
        // Fail fast when the database is gone: the service answers 503 rather than hanging for 30 s.
        properties.put("datasources.default.connection-timeout", 1000);
        properties.put("datasources.default.maximum-pool-size", 4);
        return properties;
    }

    Connection connect() throws SQLException {
        return connect(jdbcUrl);
    }

    private static Connection connect(String url) throws SQLException {
        Properties credentials = new Properties();
        SERVER.username().ifPresent(u -> credentials.setProperty("user", u));
        SERVER.password().ifPresent(p -> credentials.setProperty("password", p));
        return DriverManager.getConnection(url, credentials);
    }

    void execute(String statement) throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    long count(String query, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement sql = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                sql.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Cuts this database off as an outage would: no new connections, existing ones terminated. */
    void goOffline() throws SQLException {
        onServer("ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS false");
        onServer("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    void comeBack() throws SQLException {
        onServer("ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS true");
    }

    /** Runs a statement on the server's own database: roles, and anything about this database itself. */
    static void onServer(String statement) throws SQLException {
        try (Connection admin = connect(SERVER.jdbcUrl()); Statement sql = admin.createStatement()) {
            sql.execute(statement);
        }
    }

    @Override
    public void close() throws SQLException {
        onServer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
