package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.RevocationRegistry;
import io.subnetstorage.auth.application.testing.Eventually;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RevocationRegistryTest {

    // A long TTL here shows that this instance's own changes bypass the cache.
    @RegisterExtension
    static final DatabaseContext DB = new DatabaseContext(Map.of("ledger.revocations.cache-ttl", "1h"));

    private static ApplicationContext otherInstance;

    private final RevocationRegistry registry = DB.bean(RevocationRegistry.class);
    private final TestDatabase database = DB.database();

    @BeforeAll
    static void startAnotherInstance() {
        otherInstance = DB.database().start(Map.of("ledger.revocations.cache-ttl", "300ms"));
    }

    @AfterAll
    static void stopAnotherInstance() {
        otherInstance.close();
    }

    @Test
    void revokedUntilReinstatedWithBothRecordedInHistory() throws Exception {
        Hotkey hotkey = Fixtures.hotkey();
        Instant at = Fixtures.now();
        assertFalse(registry.isRevoked(hotkey));

        registry.revoke(hotkey, "leaked key", "operator@example", at);
        assertTrue(registry.isRevoked(hotkey));

        assertTrue(registry.reinstate(hotkey, "operator@example", at.plusSeconds(60)));
        assertFalse(registry.isRevoked(hotkey));
        assertFalse(registry.reinstate(hotkey, "operator@example", at.plusSeconds(61)), "not revoked any more");

        assertEquals(1, database.count("SELECT count(*) FROM revocation_history WHERE hotkey = ?"
                + " AND action = 'revoked' AND reason = 'leaked key' AND actor = 'operator@example'", hotkey.value()));
        assertEquals(1, database.count("SELECT count(*) FROM revocation_history WHERE hotkey = ?"
                + " AND action = 'reinstated'", hotkey.value()));
        assertEquals(0, database.count("SELECT count(*) FROM revocations WHERE hotkey = ?", hotkey.value()));
    }

    @Test
    void anotherInstanceSeesARevokeOnceItsCacheExpires() throws Exception {
        Hotkey hotkey = Fixtures.hotkey();
        RevocationRegistry other = otherInstance.getBean(RevocationRegistry.class);
        assertFalse(other.isRevoked(hotkey));

        registry.revoke(hotkey, "abuse", "operator@example", Fixtures.now());

        Eventually.until(() -> other.isRevoked(hotkey), () -> "the other instance, whose cache lives 300 ms, sees the revoke");
    }

    @Test
    void revokingTwiceKeepsTheLatestReason() throws Exception {
        Hotkey hotkey = Fixtures.hotkey();
        registry.revoke(hotkey, "first", "alice", Fixtures.now());
        registry.revoke(hotkey, "second", "bob", Fixtures.now());

        assertEquals(1, database.count("SELECT count(*) FROM revocations WHERE hotkey = ? AND reason = 'second'",
                hotkey.value()));
        assertEquals(2, database.count("SELECT count(*) FROM revocation_history WHERE hotkey = ?", hotkey.value()));
    }

    @Test
    @Order(Integer.MAX_VALUE) // the outage kills every pooled connection of both contexts
    void anUnanswerableCheckIsDependencyUnavailable() throws Exception {
        Hotkey hotkey = Fixtures.hotkey();
        RevocationRegistry other = otherInstance.getBean(RevocationRegistry.class);
        database.goOffline();
        try {
            assertThrows(DependencyUnavailable.class, () -> other.isRevoked(hotkey));
            assertThrows(DependencyUnavailable.class, () -> other.revoke(hotkey, "x", "y", Fixtures.now()));
        } finally {
            database.comeBack();
        }
    }
}
