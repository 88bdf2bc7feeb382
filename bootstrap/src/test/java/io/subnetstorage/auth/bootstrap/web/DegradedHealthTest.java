package io.subnetstorage.auth.bootstrap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Redis and the Subtensor node both unreachable: the service still starts and /healthcheck still answers 200. */
@MicronautTest
class DegradedHealthTest extends ServiceTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ssa.redis-url", "redis://127.0.0.1:1", "ssa.chain.subtensor-endpoint", "http://127.0.0.1:1",
                "ssa.chain.netuid", "428");
    }

    @Test
    void healthIs200AndDegradedNamingWhatIsDown() {
        Map<?, ?> body = client.toBlocking().retrieve(HttpRequest.GET("/healthcheck"), Map.class);
        assertEquals("degraded", body.get("status"));
        assertEquals(false, body.get("redis_ok"));
        assertEquals("redis", body.get("rate_limiter"));
        assertEquals(true, body.get("s3_ok"));
        Map<?, ?> syncer = (Map<?, ?>) body.get("metagraph_syncer");
        assertEquals(true, syncer.get("enabled"));
        assertEquals(428, syncer.get("netuid"));
        assertEquals(0, syncer.get("hotkeys_count"));
        assertEquals(true, syncer.get("degraded"));
    }

    @Test
    void rateLimitsSayTheLimiterIsUnavailable() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange("/rate-limits", Map.class));
        assertEquals(503, e.getStatus().getCode());
        assertEquals(Map.of("detail", "Rate limiter unavailable"), e.getResponse().getBody(Map.class).orElseThrow());
    }
}
