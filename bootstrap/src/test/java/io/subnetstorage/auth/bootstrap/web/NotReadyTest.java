package io.subnetstorage.auth.bootstrap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The upload store and Redis refuse connections, and the metagraph may be at most a second old: {@code /readyz} is 503
 * naming exactly those three (the database is fine), while {@code /healthz} stays 200.
 */
@MicronautTest
class NotReadyTest extends ServiceTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ssa.s3.endpoint", "http://127.0.0.1:1", "ssa.redis-url", "redis://127.0.0.1:1", "ssa.chain.max-age", "1s");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(path)).timeout(DEADLINE).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessNamesEachMissingDependencyWhileLivenessStays200() throws Exception {
        List<String> expected = List.of("store:s3", "rate-limiter", "metagraph");
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        Map<?, ?> body = Map.of();
        HttpResponse<String> ready = null;
        // The metagraph turns stale a second after start; poll until it has.
        while (System.nanoTime() < deadline) {
            ready = get("/readyz");
            body = new ObjectMapper().readValue(ready.body(), Map.class);
            if (names(body).equals(expected)) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals(503, ready.statusCode(), ready.body());
        assertEquals(expected, names(body), ready.body());
        assertEquals(false, body.get("ready"));
        assertEquals("Not ready: store:s3, rate-limiter, metagraph", body.get("detail"));
        String metagraph = String.valueOf(((List<?>) body.get("not_ready")).get(2));
        assertTrue(metagraph.contains("METAGRAPH_MAX_AGE"), metagraph);
        assertEquals(200, get("/healthz").statusCode());
    }

    private static List<Object> names(Map<?, ?> body) {
        Object listed = body.get("not_ready");
        return listed instanceof List<?> list ? list.stream().<Object>map(item -> ((Map<?, ?>) item).get("name")).toList() : List.of();
    }
}
