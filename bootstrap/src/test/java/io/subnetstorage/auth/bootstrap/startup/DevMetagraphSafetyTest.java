package io.subnetstorage.auth.bootstrap.startup;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.subnetstorage.auth.bootstrap.support.TestSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The development metagraph's keys are public: with a real backend it needs DEV_MODE=true. */
class DevMetagraphSafetyTest {

    private static ApplicationContext start(Map<String, String> settings) {
        Map<String, Object> properties = new HashMap<>(TestSettings.cleared());
        properties.put("ssa.data-dir", tempDir().toString());
        properties.putAll(settings);
        return ApplicationContext.run(properties);
    }

    @Test
    void refusesDevMetagraphWithRedisConfigured() {
        Exception refused = assertThrows(Exception.class, () -> start(Map.of("ssa.redis-url", "redis://127.0.0.1:6379")));
        String message = rootMessage(refused);
        assertTrue(message.contains("Refusing to start"), message);
        assertTrue(message.contains("REDIS_URL"), message);
        assertTrue(message.contains("DEV_MODE=true"), message);
    }

    @Test
    void refusesDevMetagraphWithRealStoreCredentials() {
        Exception refused = assertThrows(Exception.class, () -> start(Map.of(
                "ssa.s3.access-key-id", "AKIA", "ssa.s3.secret-access-key", "s", "ssa.s3.bucket", "real-bucket")));
        assertTrue(rootMessage(refused).contains("S3_ENDPOINT/AWS credentials"));
    }

    @Test
    void startsWithRedisConfiguredInDevMode() {
        try (ApplicationContext context = start(Map.of("ssa.redis-url", "redis://127.0.0.1:6379", "ssa.dev-mode", "true"))) {
            assertTrue(context.isRunning());
        }
    }

    @Test
    void aRealMetagraphFileNeedsNoDevMode() throws Exception {
        Path metagraph = Files.createTempFile("ssa-metagraph", ".json");
        try (ApplicationContext context = start(Map.of("ssa.redis-url", "redis://127.0.0.1:6379",
                "ssa.chain.metagraph-file", metagraph.toString()))) {
            assertTrue(context.isRunning());
        }
    }

    @Test
    void aBadValueStopsTheStartNamingTheVariable() {
        Exception refused = assertThrows(Exception.class, () -> start(Map.of("ssa.chain.netuid", "forty-six")));
        assertTrue(rootMessage(refused).contains("NET_UID='forty-six'"), rootMessage(refused));
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("ssa-safety");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
