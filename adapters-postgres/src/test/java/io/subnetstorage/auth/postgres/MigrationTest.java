package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.subnetstorage.auth.application.port.out.GrantHistory;
import io.subnetstorage.auth.application.port.out.RevocationRegistry;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class MigrationTest {

    private static final String LATEST = "10";

    @Test
    void anEmptyDatabaseMigratesToTheLatestVersion() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            database.start(Map.of()).close();

            assertEquals(LATEST, latestAppliedVersion(database));
            assertEquals(0, database.count("SELECT count(*) FROM flyway_schema_history WHERE NOT success"));
            for (String table : new String[] {"miners", "access_grants", "audit_events", "revocations",
                    "revocation_history", "registrations", "metagraph_history", "miner_membership", "attributions", "mirror_objects",
                    "mirror_uploaders", "mirror_sources", "mirror_marks"}) {
                assertEquals(1, database.count("SELECT count(*) FROM pg_tables WHERE tablename = ?", table), table);
            }
        }
    }

    @Test
    void aDatabaseAtVersionOneMigratesAndKeepsItsData() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            flyway(database).target("1").load().migrate();
            assertEquals("1", latestAppliedVersion(database));
            Hotkey miner = Fixtures.hotkey();
            UUID grantId = UUID.randomUUID();
            try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
                sql.execute("INSERT INTO access_grants VALUES ('" + grantId + "', '" + miner + "', 'MINER', 's3',"
                        + " 'uploads', 'data/hotkey=" + miner + "/', '{UPLOAD,LIST}', now() - interval '1 minute',"
                        + " now() + interval '1 hour', 'key-1', 'req-1', '/v1/miner/folder-access', '10.0.0.1')");
                sql.execute("INSERT INTO revocations VALUES ('" + miner + "', 'leaked', 'ops', now())");
            }

            try (ApplicationContext context = database.start(Map.of())) {
                assertEquals(LATEST, latestAppliedVersion(database));
                var outstanding = context.getBean(GrantHistory.class).outstanding(miner, Fixtures.now());
                assertEquals(1, outstanding.size());
                assertEquals(grantId, outstanding.get(0).id());
                assertTrue(context.getBean(RevocationRegistry.class).isRevoked(miner));
                assertEquals(1, database.count("SELECT count(*) FROM revocation_history WHERE hotkey = ?"
                        + " AND action = 'revoked' AND reason = 'leaked' AND actor = 'ops'", miner.value()),
                        "V2 carries the V1 revocations into the history");
            }
        }
    }

    @Test
    void theAttributionMigrationSeedsMembershipFromTheMinersFirstAndLastSeen() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            flyway(database).target("3").load().migrate();
            Hotkey active = Fixtures.hotkey();
            Hotkey gone = Fixtures.hotkey();
            try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
                sql.execute("INSERT INTO miners VALUES ('" + active + "', 'c', 1, 'active', '2026-01-01T00:00:00Z', now(), NULL, NULL)");
                sql.execute("INSERT INTO miners VALUES ('" + gone + "', 'c', 2, 'deregistered', '2026-01-01T00:00:00Z',"
                        + " '2026-02-01T00:00:00Z', '2026-02-01T00:05:00Z', 'left the subnet')");
            }
            flyway(database).load().migrate();
            assertEquals(1, database.count("SELECT count(*) FROM miner_membership WHERE hotkey = ? AND left_at IS NULL"
                    + " AND joined_at = '2026-01-01T00:00:00Z'", active.value()));
            assertEquals(1, database.count("SELECT count(*) FROM miner_membership WHERE hotkey = ?"
                    + " AND left_at = '2026-02-01T00:05:00Z'", gone.value()));
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(TestDatabase database) {
        return Flyway.configure().dataSource(database.jdbcUrl, TestDatabase.SERVER.username().orElse(null),
                TestDatabase.SERVER.password().orElse(null));
    }

    private static String latestAppliedVersion(TestDatabase database) {
        return flyway(database).load().info().current().getVersion().getVersion();
    }
}
