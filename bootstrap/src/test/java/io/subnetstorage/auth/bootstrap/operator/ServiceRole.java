package io.subnetstorage.auth.bootstrap.operator;

import io.subnetstorage.auth.postgres.DatabaseUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * A login role of its own for the service under test, owning the test's database, so that privileges
 * can be taken from it (a superuser, as the tests' server account is, ignores REVOKE), and the
 * database can be cut off as in an outage. The shared server itself is never stopped.
 */
final class ServiceRole {

    private static final DatabaseUrl SERVER = DatabaseUrl.parse(System.getenv().getOrDefault(
            "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test"));

    final String name = "ssa_svc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String password = UUID.randomUUID().toString();
    private final String database;

    private ServiceRole(String database) {
        this.database = database;
    }

    /** Creates the role and hands it {@code database}; PostgreSQL 15 lets a database's owner create in public. */
    static ServiceRole owning(String database) {
        ServiceRole role = new ServiceRole(database);
        role.onServer("CREATE ROLE " + role.name + " LOGIN PASSWORD '" + role.password + "'");
        role.onServer("ALTER DATABASE " + database + " OWNER TO " + role.name);
        Runtime.getRuntime().addShutdownHook(new Thread(role::dropWhenDatabaseIsGone));
        return role;
    }

    /** The server account's DATABASE_URL for this database, with this role's credentials instead. */
    String databaseUrl(String serverAccountUrl) {
        return serverAccountUrl.substring(0, serverAccountUrl.indexOf("user=")) + "user=" + name + "&password=" + password;
    }

    void revokeInsertOnGrants() throws SQLException {
        onDatabase("REVOKE INSERT ON access_grants FROM " + name);
    }

    void grantInsertOnGrants() throws SQLException {
        onDatabase("GRANT INSERT ON access_grants TO " + name);
    }

    /** No new connections, existing ones terminated: to the service, the database is gone. */
    void cutOff() {
        onServer("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS false");
        onServer("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
    }

    void restore() {
        onServer("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS true");
    }

    long count(String query) throws SQLException {
        try (Connection connection = connect(database); Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void onDatabase(String statement) throws SQLException {
        try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private void onServer(String statement) {
        try (Connection admin = DriverManager.getConnection(SERVER.jdbcUrl(), credentials()); Statement sql = admin.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test server refused: " + statement.replace(password, "***"), e);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(SERVER.jdbcUrl().replaceFirst("^(jdbc:postgresql://[^/]*/)([^?]*)", "$1" + database), credentials());
    }

    private static Properties credentials() {
        Properties credentials = new Properties();
        SERVER.username().ifPresent(u -> credentials.setProperty("user", u));
        SERVER.password().ifPresent(p -> credentials.setProperty("password", p));
        return credentials;
    }

    /** The database is dropped by another exit hook; a role that still owns it cannot be dropped before. */
    private void dropWhenDatabaseIsGone() {
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                onServer("DROP ROLE IF EXISTS " + name);
                return;
            } catch (IllegalStateException stillOwnsTheDatabase) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
