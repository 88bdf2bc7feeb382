package io.subnetstorage.auth.bootstrap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.port.out.AuditEvent;
import io.subnetstorage.auth.application.port.out.AuditTrail;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The API description and the metrics; CORS has its own test, {@link CorsTest}. */
@MicronautTest
class CorsDocsMetricsTest extends ServiceTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AuditTrail audit;

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
        RequestOrigin origin = new RequestOrigin("r1", "/get-folder-access", "127.0.0.1");
        audit.append(new AuditEvent(Instant.now(), origin, Role.MINER, Optional.of("5Grw"), Optional.empty()));
        audit.append(new AuditEvent(Instant.now(), origin, Role.VALIDATOR, Optional.of("5Grw"),
                Optional.of(ReasonCode.NO_VALIDATOR_PERMIT)));
        verifier.verify(new Ss58Address("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"), new byte[] {1},
                Signature.fromHex("00".repeat(64)));
        HttpResponse<String> response = client.toBlocking().exchange("/metrics", String.class);
        String text = response.body();
        assertTrue(response.header(HttpHeaders.CONTENT_TYPE).startsWith("text/plain"));
        assertTrue(text.contains("ssa_grants_issued_total{backend=\"s3\",role=\"miner\"} 1.0"), text);
        assertTrue(text.contains("ssa_requests_denied_total{reason=\"NO_VALIDATOR_PERMIT\",role=\"validator\"} 1.0"));
        assertTrue(text.contains("ssa_signature_verification_seconds_count 1"));
        assertTrue(text.contains("ssa_metagraph_neurons "));
        assertTrue(text.contains("ssa_metagraph_age_seconds "));
        assertTrue(text.contains("http_server_requests_seconds_count"), "HTTP server timings");
    }
}
