package io.subnetstorage.auth.bootstrap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bootstrap.support.RawHttp;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12 item 7, SPEC §3: CORS open on the public endpoints (any origin, never credentials), the same
 * answer whatever Host the request names, and no CORS at all on /operator/*. Requests are written by hand
 * so that the Host header is exactly the one under test.
 */
@MicronautTest
class CorsTest extends ServiceTest {

    static final String ORIGIN = "https://dashboard.example";
    static final List<String> HOSTS = List.of("localhost", "127.0.0.1", "storage.example");

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ssa.admin-token", "cors-test-token");
    }

    private RawHttp.Head send(String method, String path, String host, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", host + ":" + server.getPort());
        all.put("Origin", ORIGIN);
        all.putAll(headers);
        return RawHttp.send(server.getURI(), method, path, all);
    }

    private RawHttp.Head preflight(String path, String host, String method) {
        return send("OPTIONS", path, host, Map.of("Access-Control-Request-Method", method,
                "Access-Control-Request-Headers", "content-type, x-tao-signature"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "storage.example"})
    void aPreflightToAPublicEndpointIsAllowedFromAnyOriginWithoutCredentials(String host) {
        RawHttp.Head answer = preflight("/get-folder-access", host, "POST");
        assertEquals(200, answer.status(), answer.toString());
        assertEquals("*", answer.header("Access-Control-Allow-Origin").orElse(null), answer.toString());
        assertFalse(answer.header("Access-Control-Allow-Credentials").isPresent(), answer.toString());
        assertTrue(answer.header("Access-Control-Allow-Methods").orElse("").contains("POST"), answer.toString());
        String headers = answer.header("Access-Control-Allow-Headers").orElse("").toLowerCase();
        assertTrue(headers.contains("content-type") && headers.contains("x-tao-signature"), answer.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "storage.example"})
    void aSimpleRequestToAPublicEndpointGetsTheSameAnswerWhateverTheHost(String host) {
        RawHttp.Head answer = send("GET", "/commitment-formats", host, Map.of());
        assertEquals(200, answer.status(), answer.toString());
        assertEquals("*", answer.header("Access-Control-Allow-Origin").orElse(null), answer.toString());
        assertFalse(answer.header("Access-Control-Allow-Credentials").isPresent(), answer.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/operator/revocations", "/operator/hotkeys/5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"})
    void operatorEndpointsAnswerNoCors(String path) {
        for (String host : HOSTS) {
            RawHttp.Head preflight = preflight(path, host, "POST");
            assertFalse(preflight.header("Access-Control-Allow-Origin").isPresent(), preflight.toString());
            assertFalse(preflight.header("Access-Control-Allow-Credentials").isPresent(), preflight.toString());
            RawHttp.Head simple = send("GET", path, host, Map.of("Authorization", "Bearer cors-test-token"));
            assertFalse(simple.header("Access-Control-Allow-Origin").isPresent(), simple.toString());
            assertFalse(simple.header("Access-Control-Allow-Credentials").isPresent(), simple.toString());
        }
    }
}
