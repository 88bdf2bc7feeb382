package io.subnetstorage.auth.bootstrap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API description and the metrics; CORS has its own test, {@link CorsTest}. */
@MicronautTest
class CorsDocsMetricsTest extends ServiceTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    SignatureVerifier verifier;

    @Test
    void swaggerUiIsServedFromTheJarAtDocs() {
        String page = client.toBlocking().retrieve("/docs");
        assertTrue(page.contains("/swagger-ui/res/swagger-ui-bundle.js"));
        assertTrue(page.contains("/swagger/openapi.json"));
        HttpResponse<byte[]> bundle = client.toBlocking().exchange("/swagger-ui/res/swagger-ui-bundle.js", byte[].class);
        assertTrue(bundle.body().length > 100_000);
    }

    @Test
    void openapiJsonDescribesTheStatusEndpoints() {
        Map<?, ?> spec = client.toBlocking().retrieve(HttpRequest.GET("/openapi.json"), Map.class);
        Map<?, ?> paths = (Map<?, ?>) spec.get("paths");
        assertTrue(paths.containsKey("/healthcheck"));
        assertTrue(paths.containsKey("/rate-limits"));
        assertTrue(paths.containsKey("/commitment-formats"));
    }

    @Test
    void metricsExposeGrantsDenialsVerificationAndMetagraph() {
        client.toBlocking().retrieve("/structure-info");
        long now = Instant.now().getEpochSecond();
        String coldkey = DevKeys.alice().address();
        String folderAccess = DevKeys.alice().sign("s3:data:access:" + coldkey + ":" + DevKeys.alice().address() + ":" + now).hex();
        client.toBlocking().exchange(HttpRequest.POST("/get-folder-access", Map.of("coldkey", coldkey, "hotkey",
                DevKeys.alice().address(), "timestamp", now, "signature", folderAccess)));
        String notAValidator = DevKeys.alice().sign("s3:validator:access:" + now).hex();
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.POST("/get-validator-access", Map.of("hotkey", DevKeys.alice().address(), "timestamp", now,
                        "signature", notAValidator))));
        assertEquals(401, refused.code());
        verifier.verify(new Ss58Address("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"), new byte[] {1},
                Signature.fromHex("00".repeat(64)));
        HttpResponse<String> response = client.toBlocking().exchange("/metrics", String.class);
        String text = response.body();
        assertTrue(response.header(HttpHeaders.CONTENT_TYPE).startsWith("text/plain"));
        assertTrue(text.contains("ssa_grants_issued_total{backend=\"s3\",role=\"miner\"} 1.0"), text);
        assertTrue(text.contains("ssa_requests_denied_total{reason=\"NO_VALIDATOR_PERMIT\",role=\"validator\"} 1.0"), text);
        assertTrue(text.matches("(?s).*ssa_signature_verification_seconds_count [1-9].*"), "verifications are timed");
        assertTrue(text.contains("ssa_metagraph_neurons "));
        assertTrue(text.contains("ssa_metagraph_age_seconds "));
        assertTrue(text.contains("http_server_requests_seconds_count"), "HTTP server timings");
    }
}
