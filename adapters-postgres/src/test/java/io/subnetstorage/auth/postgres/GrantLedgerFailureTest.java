package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.application.testing.Eventually;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import java.net.ServerSocket;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ledger never claims a grant it could not store: every failure is DependencyUnavailable. */
class GrantLedgerFailureTest {

    private static final String APP_ROLE = "ssa_app_" + Long.toHexString(System.nanoTime());

    private static TestDatabase database;

    @BeforeAll
    static void createDatabase() throws Exception {
        database = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
        TestDatabase.onServer("DROP ROLE IF EXISTS " + APP_ROLE);
    }

    @Test
    void withoutInsertPrivilegeRecordThrowsAndStoresNothing() throws Exception {
        database.start(Map.of()).close();
        TestDatabase.onServer("CREATE ROLE " + APP_ROLE + " LOGIN");
        database.execute("GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO " + APP_ROLE);
        Map<String, Object> asApp = new HashMap<>();
        asApp.put("datasources.default.username", APP_ROLE);
        asApp.remove("datasources.default.password");
        asApp.put("flyway.datasources.default.enabled", false);
        try (ApplicationContext context = database.start(asApp)) {
            GrantLedger ledger = context.getBean(GrantLedger.class);
            ledger.record(grant(), Fixtures.origin());
            database.execute("REVOKE INSERT ON access_grants FROM " + APP_ROLE);

            AccessGrant refused = grant();
            DependencyUnavailable failure =
                    assertThrows(DependencyUnavailable.class, () -> ledger.record(refused, Fixtures.origin()));

            assertTrue(failure.getMessage().contains("permission denied"), failure.getMessage());
            assertEquals(0, database.count("SELECT count(*) FROM access_grants WHERE id = ?", refused.id()));
            assertEquals(1, database.count("SELECT count(*) FROM access_grants"));
        }
    }

    @Test
    void whenTheDatabaseGoesAwayRecordThrowsAndRecoversAfter() throws Exception {
        try (ApplicationContext context = database.start(Map.of())) {
            GrantLedger ledger = context.getBean(GrantLedger.class);
            ledger.record(grant(), Fixtures.origin());
            AccessGrant duringOutage = grant();

            database.goOffline();
            // Whether the pool finds its connections dead when lending them or when they are used, and whether
            // the one retry meets another dead connection or a refused new one, the grant is not recorded.
            try {
                assertThrows(DependencyUnavailable.class, () -> ledger.record(duringOutage, Fixtures.origin()));
            } finally {
                database.comeBack();
            }

            AccessGrant afterOutage = recordOnceTheDatabaseIsBack(ledger);
            assertEquals(0, database.count("SELECT count(*) FROM access_grants WHERE id = ?", duringOutage.id()));
            assertEquals(1, database.count("SELECT count(*) FROM access_grants WHERE id = ?", afterOutage.id()));
        }
    }

    @Test
    void aConnectionTheServerDroppedIsRetriedOnceBeforeAnythingIsCommitted() throws Exception {
        database.start(Map.of()).close();
        Map<String, Object> oneConnection = Map.of("flyway.datasources.default.enabled", false,
                "datasources.default.maximum-pool-size", 1, "datasources.default.minimum-idle", 1);
        try (ApplicationContext context = database.start(oneConnection)) {
            GrantLedger ledger = context.getBean(GrantLedger.class);
            ledger.record(grant(), Fixtures.origin());
            TestDatabase.onServer("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = '" + database.name + "' AND pid <> pg_backend_pid()");

            AccessGrant afterRestart = grant();
            ledger.record(afterRestart, Fixtures.origin());

            assertEquals(1, database.count("SELECT count(*) FROM access_grants WHERE id = ?", afterRestart.id()));
        }
    }

    @Test
    void withNothingListeningRecordThrowsWithinTheConnectionTimeout() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, Object> properties = new HashMap<>(
                TestDatabase.datasource("jdbc:postgresql://127.0.0.1:" + closedPort + "/nowhere"));
        // Start without the database, as a service whose PostgreSQL is down at boot would.
        properties.put("datasources.default.initialization-fail-timeout", -1);
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            GrantLedger ledger = context.getBean(GrantLedger.class);

            DependencyUnavailable failure =
                    assertThrows(DependencyUnavailable.class, () -> ledger.record(grant(), Fixtures.origin()));

            // What ended the wait is the pool's connection timeout (1 s here), not a hang cut short elsewhere.
            SQLTransientConnectionException poolTimeout = causeOfType(failure, SQLTransientConnectionException.class);
            assertTrue(poolTimeout.getMessage().contains("request timed out after"), poolTimeout.getMessage());
        }
    }

    /** Hikari retries new connections with a backoff of up to 5 s, so recovery takes a few attempts. */
    private static AccessGrant recordOnceTheDatabaseIsBack(GrantLedger ledger) {
        AccessGrant[] recorded = new AccessGrant[1];
        Eventually.until(() -> {
            AccessGrant grant = grant();
            try {
                ledger.record(grant, Fixtures.origin());
                recorded[0] = grant;
                return true;
            } catch (DependencyUnavailable stillDown) {
                return false;
            }
        }, () -> "a grant recorded once the database is back");
        return recorded[0];
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " behind " + failure, failure);
    }

    private static AccessGrant grant() {
        return Fixtures.minerGrant(Fixtures.hotkey(), Fixtures.now(), Duration.ofMinutes(15));
    }
}
