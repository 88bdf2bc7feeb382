package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.testing.Eventually;
import io.subnetstorage.auth.application.testing.LogCapture;
import io.subnetstorage.auth.bootstrap.metrics.DependencyState;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestSettings;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Quotas and replay keys in Redis are shared by every instance and outlive them; when Redis is gone
 * the service says so (503, health 200 with redis_ok false, one log line when it goes and one when it is
 * back) instead of quietly counting on its own.
 */
@MicronautTest
class SharedRedisEndToEndTest extends ServiceTest {

    static final String REDIS = "Redis (quotas and replay keys)";

    private final String keyPrefix = TestSettings.uniqueRedisKeyPrefix();
    private Map<String, String> properties;

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        String url = System.getenv("REDIS_URL");
        return Map.of("ssa.redis-url", url == null || url.isBlank() ? "redis://127.0.0.1:6379" : url,
                "ssa.redis-key-prefix", keyPrefix, "ssa.limits.per-miner", "4");
    }

    @Override
    public Map<String, String> getProperties() {
        properties = super.getProperties();
        return properties;
    }

    /** Another instance of the service on the same database and Redis, as a second replica would be. */
    private EmbeddedServer anotherInstance(Map<String, String> overrides) {
        Map<String, Object> settings = new HashMap<>(properties);
        settings.put("micronaut.server.port", "-1");
        settings.putAll(overrides);
        return ApplicationContext.run(EmbeddedServer.class, settings);
    }

    @Test
    void aReplayIsRefusedByAnotherInstanceAndAfterARestart() {
        Map<String, Object> signed = Signer.miner(ALICE, now());
        assertEquals(200, new Wire(server.getURI()).post("/get-folder-access", signed).status());
        try (EmbeddedServer second = anotherInstance(Map.of())) {
            assertEquals("Replay detected", new Wire(second.getURI()).post("/get-folder-access", signed).detail());
        }
        try (EmbeddedServer restarted = anotherInstance(Map.of())) {
            assertEquals("Replay detected", new Wire(restarted.getURI()).post("/get-folder-access", signed).detail());
            Wire.Answer limited = null;
            for (int i = 0; i < 4 && (limited == null || limited.status() == 200); i++) {
                limited = new Wire(i % 2 == 0 ? restarted.getURI() : server.getURI()).post("/get-folder-access", Signer.miner(ALICE, now()));
            }
            assertEquals(429, limited.status(), "the first grant and three more through two instances exhaust 4");
            assertEquals("Daily limit of 4 exceeded.", limited.detail());
        }
    }

    @Test
    void anAttributionNonceSpentOnOneInstanceIsRefusedByAnotherAndKeptInRedis() {
        String nonce = Attributions.nonce();
        byte[] content = Attributions.random(2048);
        String job = java.util.UUID.randomUUID().toString();
        Wire.Answer first = new Wire(server.getURI()).post("/get-file-upload-url", attributedUpload(job, "one.parquet", content, nonce));
        assertEquals(200, first.status(), first.text());
        try (EmbeddedServer second = anotherInstance(Map.of())) {
            Wire.Answer again = new Wire(second.getURI()).post("/get-file-upload-url", attributedUpload(job, "two.parquet", content, nonce));
            assertEquals(400, again.status());
            assertEquals("Attribution refused: nonce_reused", again.detail());
        }
        var client = io.lettuce.core.RedisClient.create(properties.get("ssa.redis-url"));
        try (var connection = client.connect()) {
            String key = keyPrefix + "nonce:" + ALICE.address() + ":" + nonce;
            assertEquals(1L, connection.sync().exists(key), "nonce:{hotkey}:{nonce} in the shared replay store");
            long ttl = connection.sync().ttl(key);
            assertTrue(ttl > 6 * 86_400 && ttl <= 7 * 86_400 + 120, "kept for 7 days: " + ttl);
        } finally {
            client.shutdown();
        }
    }

    private static Map<String, Object> attributedUpload(String job, String file, byte[] content, String nonce) {
        Attributions.Claim claim = Attributions.claim(ALICE, Signer.folder(ALICE) + "job_id=" + job + "/" + file, content, now(), nonce);
        return Attributions.fileUpload(ALICE, now(), job, file, Map.of("size", content.length, "sha256", claim.attribution().sha256Hex(),
                "attribution", claim.uploadField()));
    }

    @Test
    void aRedisOutageIs503UntilRedisReturnsAndEachChangeIsLoggedOnce() throws Exception {
        try (PrivateRedis redis = new PrivateRedis(); LogCapture log = LogCapture.of(DependencyState.class)) {
            redis.start();
            try (EmbeddedServer instance = anotherInstance(Map.of("ssa.redis-url", redis.url()))) {
                Wire wire = new Wire(instance.getURI());
                assertEquals(200, wire.post("/get-folder-access", Signer.miner(ALICE, now())).status());
                redis.stop();
                for (int request = 0; request < 3; request++) {
                    Wire.Answer down = wire.post("/get-folder-access", Signer.miner(ALICE, now()));
                    assertEquals(503, down.status());
                    assertEquals("Rate limiter unavailable", down.detail());
                    assertFalse(down.text().contains("http"), "no URL leaves without its quota and replay checks");
                }
                Wire.Answer health = wire.get("/healthcheck");
                assertEquals(200, health.status());
                assertEquals(false, health.json().get("redis_ok"));
                assertEquals("redis", health.json().get("rate_limiter"));
                assertEquals(1, log.lines(Level.WARN, REDIS).size(), "one line when Redis goes: " + log.lines(Level.WARN, REDIS));
                assertTrue(log.lines(Level.INFO, REDIS).isEmpty());

                redis.start();
                Wire.Answer back = Eventually.answer(() -> wire.post("/get-folder-access", Signer.miner(ALICE, now())),
                        answer -> answer.status() != 503, "a grant once Redis is back");
                assertEquals(200, back.status(), back.text());
                Eventually.answer(() -> wire.get("/healthcheck"), answer -> Boolean.TRUE.equals(answer.json().get("redis_ok")),
                        "health to see Redis back (its check is cached for a few seconds)");
                assertEquals(1, log.lines(Level.WARN, REDIS).size());
                assertEquals(List.of(REDIS + " is up again"), log.lines(Level.INFO, REDIS));
            }
        }
    }
}
