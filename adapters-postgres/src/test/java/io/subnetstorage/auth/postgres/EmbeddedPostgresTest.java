package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.subnetstorage.auth.application.port.out.GrantHistory;
import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The development default: zonky's embedded PostgreSQL (run as root under unshare) takes the same schema. */
class EmbeddedPostgresTest {

    @Test
    void migrationsRunAndAGrantRoundTrips() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, Object> properties = new HashMap<>(
                    DatabaseUrl.parse("postgres://postgres@localhost:" + postgres.getPort() + "/postgres")
                            .datasourceProperties("default"));
            properties.put("flyway.datasources.default.enabled", true);
            try (ApplicationContext context = ApplicationContext.run(properties)) {
                Hotkey miner = Fixtures.hotkey();
                AccessGrant grant = Fixtures.minerGrant(miner, Fixtures.now(), Duration.ofMinutes(15));

                context.getBean(GrantLedger.class).record(grant, Fixtures.origin());

                assertEquals(List.of(grant), context.getBean(GrantHistory.class).recent(miner, 5));
            }
        }
    }
}
