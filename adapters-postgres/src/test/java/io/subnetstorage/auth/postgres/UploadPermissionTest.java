package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.application.testing.Eventually;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link MinerRegistrations#mayUpload}: a "yes" cached for a while, this instance's changes and every "no" read at once. */
class UploadPermissionTest {

    // A long TTL here shows what the cache answers and that this instance's own changes bypass it.
    @RegisterExtension
    static final DatabaseContext DB = new DatabaseContext(Map.of("ledger.registrations.cache-ttl", "1h"));

    private static final Duration RETENTION = Duration.ofDays(30);
    private static ApplicationContext otherInstance;

    private final MinerRegistrations registrations = DB.bean(MinerRegistrations.class);
    private final Coldkey coldkey = Coldkey.of(Fixtures.hotkey().value());

    @BeforeAll
    static void startAnotherInstance() {
        otherInstance = DB.database().start(Map.of("ledger.registrations.cache-ttl", "300ms"));
    }

    @AfterAll
    static void stopAnotherInstance() {
        otherInstance.close();
    }

    @Test
    void thisInstancesDeregistrationsAndArchivesCountAtOnce() {
        Hotkey miner = Fixtures.hotkey();
        Instant now = Fixtures.now();
        assertTrue(registrations.mayUpload(miner), "a miner only seen on the metagraph may upload");

        registrations.register(miner, coldkey, "sn46-abc", now);
        assertTrue(registrations.mayUpload(miner));
        registrations.deregister(miner, "moving on", now, now.plus(RETENTION));
        assertFalse(registrations.mayUpload(miner), "the cached yes is dropped by this instance's deregistration");

        registrations.register(miner, coldkey, "sn46-abc", now.plusSeconds(60));
        assertTrue(registrations.mayUpload(miner));
        registrations.archive(miner, now.plusSeconds(120));
        assertFalse(registrations.mayUpload(miner), "the cached yes is dropped by this instance's archive");
    }

    @Test
    void aYesIsCachedWhileANoIsReadAgain() {
        Hotkey miner = Fixtures.hotkey();
        Instant now = Fixtures.now();
        MinerRegistrations other = otherInstance.getBean(MinerRegistrations.class);
        registrations.register(miner, coldkey, "sn46-abc", now);
        assertTrue(registrations.mayUpload(miner));

        other.deregister(miner, "elsewhere", now.plusSeconds(1), now.plus(RETENTION));
        assertTrue(registrations.mayUpload(miner), "within its hour this instance answers from its cache");

        Hotkey leaver = Fixtures.hotkey();
        registrations.register(leaver, coldkey, "sn46-def", now);
        registrations.deregister(leaver, "moving on", now, now.plus(RETENTION));
        assertFalse(registrations.mayUpload(leaver));
        other.register(leaver, coldkey, "sn46-def", now.plusSeconds(60));
        assertTrue(registrations.mayUpload(leaver), "a no is never cached: a registration elsewhere counts at once");
    }

    @Test
    void anotherInstanceSeesADeregistrationOnceItsCacheExpires() throws Exception {
        Hotkey miner = Fixtures.hotkey();
        Instant now = Fixtures.now();
        MinerRegistrations other = otherInstance.getBean(MinerRegistrations.class);
        registrations.register(miner, coldkey, "sn46-abc", now);
        assertTrue(other.mayUpload(miner));

        registrations.deregister(miner, "moving on", now.plusSeconds(1), now.plus(RETENTION));

        Eventually.until(() -> !other.mayUpload(miner), () -> "the other instance, whose cache lives 300 ms, sees the deregistration");
    }
}
