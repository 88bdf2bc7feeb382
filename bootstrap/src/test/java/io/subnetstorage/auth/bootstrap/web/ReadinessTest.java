package io.subnetstorage.auth.bootstrap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Everything there (the test store, a fresh database, the development metagraph): alive and ready. */
@MicronautTest
class ReadinessTest extends ServiceTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aliveAndReady() {
        assertEquals(Map.of("status", "ok"), client.toBlocking().retrieve(HttpRequest.GET("/healthz"), Map.class));
        Map<?, ?> ready = client.toBlocking().retrieve(HttpRequest.GET("/readyz"), Map.class);
        assertEquals(true, ready.get("ready"), ready.toString());
        assertEquals(List.of(), ready.get("not_ready"));
        assertTrue(ready.containsKey("detail") && ready.get("detail") == null, ready.toString());
    }
}
