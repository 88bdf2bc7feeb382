package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import java.net.ServerSocket;
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
            // Let the pooled connections age past Hikari's 500 ms "recently used, skip the check" window,
            // as any real outage would; a single stale connection is covered by the next test.
            Thread.sleep(600);
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
            long started = System.nanoTime();

            assertThrows(DependencyUnavailable.class, () -> ledger.record(grant(), Fixtures.origin()));
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0);
        }
    }

    /** Hikari retries new connections with a backoff of up to 5 s, so recovery takes a few attempts. */
    private static AccessGrant recordOnceTheDatabaseIsBack(GrantLedger ledger) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            AccessGrant grant = grant();
            try {
                ledger.record(grant, Fixtures.origin());
                return grant;
            } catch (DependencyUnavailable stillDown) {
                if (System.nanoTime() - deadline > 0) {
                    throw stillDown;
                }
                Thread.sleep(200);
            }
        }
    }

    private static AccessGrant grant() {
        return Fixtures.minerGrant(Fixtures.hotkey(), Fixtures.now(), Duration.ofMinutes(15));
    }
}
