package io.subnetstorage.auth.bootstrap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestSettings;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** REDIS_URL switches quotas to Redis (the local test server, or REDIS_URL's). */
@MicronautTest
class RedisLimiterTest extends ServiceTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    QuotaLimiter limiter;

    @Override
    protected Map<String, String> extraProperties() {
        String url = System.getenv("REDIS_URL");
        return Map.of("ssa.redis-url", url == null || url.isBlank() ? "redis://127.0.0.1:6379" : url,
                "ssa.redis-key-prefix", TestSettings.uniqueRedisKeyPrefix());
    }

    @Test
    void quotasAreCountedInRedisAndHealthSaysSo() {
        Instant now = Instant.now();
        long before = limiter.globalUsage(now);
        limiter.consume(DailyQuotas.DEFAULTS.folderGrant(Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"), 0), now);
        assertEquals(before + 1, limiter.globalUsage(now));
        Map<?, ?> health = client.toBlocking().retrieve(HttpRequest.GET("/healthcheck"), Map.class);
        assertEquals("redis", health.get("rate_limiter"));
        assertEquals(true, health.get("redis_ok"));
    }
}
