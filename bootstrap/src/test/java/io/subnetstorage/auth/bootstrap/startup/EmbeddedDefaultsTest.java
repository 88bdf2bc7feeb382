package io.subnetstorage.auth.bootstrap.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.runtime.server.EmbeddedServer;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.bootstrap.support.TestSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With nothing configured the service runs on embedded PostgreSQL, s3proxy and the development metagraph. */
class EmbeddedDefaultsTest {

    @Test
    void startsEverythingEmbeddedAndReportsHealthy() throws Exception {
        Path dataDir = Files.createTempDirectory("ssa-embedded");
        Map<String, Object> properties = new HashMap<>(TestSettings.cleared());
        properties.put("ssa.data-dir", dataDir.toString());
        properties.put("ssa.s3.embedded-port", "0");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
                HttpClient client = HttpClient.create(server.getURL())) {
            Map<?, ?> health = client.toBlocking().retrieve("/healthcheck", Map.class);
            assertEquals("ok", health.get("status"), health.toString());
            assertEquals(true, health.get("s3_ok"));
            assertEquals(true, health.get("database_ok"));
            assertEquals("in-process (single instance)", health.get("rate_limiter"));
            assertEquals(false, health.get("redis_ok"), "no Redis in use");
            assertEquals("file", ((Map<?, ?>) health.get("metagraph_syncer")).get("source"));
            assertTrue(Files.exists(dataDir.resolve("postgres/postgresql.conf")), "cluster kept in DATA_DIR");
            assertTrue(Files.isDirectory(dataDir.resolve("s3/subnet-storage")), "bucket created in DATA_DIR");
            assertTrue(Files.exists(dataDir.resolve("s3-credentials.properties")), "local credentials persisted");
            assertTrue(Files.exists(dataDir.resolve("postgres/postmaster.pid")), "cluster running");
            ObjectStore s3 = server.getApplicationContext().getBean(ObjectStore.class, Qualifiers.byName("s3"));
            assertEquals("InProcessListings", s3.listings().orElseThrow().getClass().getSimpleName(),
                    "the service lists the store it hosts in process, not over loopback HTTP");
            Map<?, ?> key = client.toBlocking().retrieve("/attribution-key", Map.class);
            assertEquals(io.subnetstorage.auth.bittensor.identity.Sr25519Keypair.fromUri(Files.readString(dataDir.resolve("attribution-key"))
                    .trim()).address(), key.get("ss58"), "the receipt key generated once and kept in DATA_DIR");
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dataDir.resolve("attribution-key"))));
        }
        assertFalse(Files.exists(dataDir.resolve("postgres/postmaster.pid")), "cluster stopped with the service");
    }
}
