package io.subnetstorage.auth.bootstrap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bootstrap.support.HangingServer;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 3: a store that accepts connections and never answers. Anonymous health calls must share
 * one probe of it, and must not hold up anyone else while they wait; /rate-limits never touches the store.
 */
@MicronautTest
class HangingStoreTest extends ServiceTest {

    static final int HEALTH_CALLS = 16;
    static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HangingServer store = new HangingServer();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        // The probe waits longer than this test takes, so "still waiting" below cannot be a race with its timeout.
        return Map.of("ssa.s3.endpoint", store.uri().toString(), "ssa.test.patient-probes", "true");
    }

    @AfterAll
    void closeStore() throws Exception {
        store.close();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(server.getURI() + path)).timeout(DEADLINE).GET().build();
    }

    @Test
    void concurrentHealthCallsShareOneProbeAndHoldUpNoOtherRequest() throws Exception {
        int before = store.accepted();
        List<CompletableFuture<HttpResponse<String>>> health = new ArrayList<>();
        for (int i = 0; i < HEALTH_CALLS; i++) {
            health.add(http.sendAsync(get("/healthcheck"), HttpResponse.BodyHandlers.ofString()));
        }
        store.awaitAccepted(before + 1, DEADLINE);

        HttpResponse<String> unrelated = http.send(get("/commitment-formats"), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, unrelated.statusCode());
        assertEquals(0, health.stream().filter(CompletableFuture::isDone).count(),
                "the health calls are still waiting for the store while another request was answered");
        assertEquals(before + 1, store.accepted(), "one probe in flight for all the health calls");

        store.refuseHeld();
        for (CompletableFuture<HttpResponse<String>> call : health) {
            HttpResponse<String> answer = call.get();
            assertEquals(200, answer.statusCode());
            Map<?, ?> body = JSON.readValue(answer.body(), Map.class);
            assertEquals(false, body.get("s3_ok"), answer.body());
            assertEquals("degraded", body.get("status"));
            assertTrue(String.valueOf(body.get("s3_error")).contains("403"), "the store's answer, not a timeout: " + body);
        }
        assertEquals(before + 1, store.accepted(), "the sixteen callers shared the one probe's answer");
    }

    @Test
    void rateLimitsMakeNoStoreRequest() throws Exception {
        int before = store.accepted();
        HttpResponse<String> answer = http.send(get("/rate-limits"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"bucket\""));
        assertEquals(before, store.accepted());
    }
}
