package io.subnetstorage.auth.bootstrap.support;

import io.subnetstorage.auth.postgres.DatabaseUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * A fresh database per test class on the PostgreSQL server named by DATABASE_URL (default: the local
 * server's {@code test} database as {@code postgres}), dropped afterwards; Flyway fills it at start.
 */
public final class TestDatabase implements AutoCloseable {

    static final DatabaseUrl SERVER = DatabaseUrl.parse(System.getenv().getOrDefault(
            "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test"));

    private final String name;
    private final String jdbcUrl;

    private TestDatabase(String name) {
        this.name = name;
        this.jdbcUrl = SERVER.jdbcUrl().replaceFirst("^(jdbc:postgresql://[^/]*/)([^?]*)", "$1" + name);
    }

    public static TestDatabase create() {
        String name = "ssa_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        onServer("CREATE DATABASE " + name);
        return new TestDatabase(name);
    }

    public String name() {
        return name;
    }

    /** As DATABASE_URL would carry it: a JDBC URL with the server's credentials as parameters. */
    public String databaseUrl() {
        StringBuilder url = new StringBuilder(jdbcUrl).append(jdbcUrl.contains("?") ? "&" : "?");
        url.append("user=").append(SERVER.username().orElse("postgres"));
        SERVER.password().ifPresent(p -> url.append("&password=").append(p));
        return url.toString();
    }

    public Connection connect() throws SQLException {
        Properties credentials = new Properties();
        SERVER.username().ifPresent(u -> credentials.setProperty("user", u));
        SERVER.password().ifPresent(p -> credentials.setProperty("password", p));
        return DriverManager.getConnection(jdbcUrl, credentials);
    }

    private static void onServer(String statement) {
        Properties credentials = new Properties();
        SERVER.username().ifPresent(u -> credentials.setProperty("user", u));
        SERVER.password().ifPresent(p -> credentials.setProperty("password", p));
        try (Connection admin = DriverManager.getConnection(SERVER.jdbcUrl(), credentials);
                Statement sql = admin.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test server " + SERVER + " refused: " + statement
                    + " (run scripts/test.sh, or set DATABASE_URL)", e);
        }
    }

    @Override
    public void close() {
        onServer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
