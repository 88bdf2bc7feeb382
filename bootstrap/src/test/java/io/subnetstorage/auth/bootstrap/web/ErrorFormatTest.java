package io.subnetstorage.auth.bootstrap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class ErrorFormatTest extends ServiceTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ssa.test.probe", "true");
    }

    @Inject
    @Client("/")
    HttpClient client;

    private HttpClientResponseException fail(HttpRequest<?> request) {
        try {
            client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected an error for " + request);
    }

    private Map<?, ?> body(HttpClientResponseException e) {
        return e.getResponse().getBody(Map.class).orElseThrow();
    }

    @Test
    void unknownPathIsNotFoundDetail() {
        HttpClientResponseException e = fail(HttpRequest.GET("/no-such-thing"));
        assertEquals(404, e.getStatus().getCode());
        assertEquals(Map.of("detail", "Not Found"), body(e));
    }

    @Test
    void wrongMethodIsMethodNotAllowedDetail() {
        HttpClientResponseException e = fail(HttpRequest.DELETE("/probe"));
        assertEquals(405, e.getStatus().getCode());
        assertEquals(Map.of("detail", "Method Not Allowed"), body(e));
    }

    @Test
    void malformedJsonIs422WithAList() {
        HttpClientResponseException e = fail(HttpRequest.POST("/probe", "{\"hotkey\": ").contentType(MediaType.APPLICATION_JSON));
        assertEquals(422, e.getStatus().getCode());
        assertEquals("json_invalid", ((Map<?, ?>) ((List<?>) body(e).get("detail")).get(0)).get("type"));
    }

    @Test
    void missingFieldIs422NamingIt() {
        HttpClientResponseException e = fail(HttpRequest.POST("/probe", "{\"timestamp\": 5}").contentType(MediaType.APPLICATION_JSON));
        assertEquals(422, e.getStatus().getCode());
        Map<?, ?> first = (Map<?, ?>) ((List<?>) body(e).get("detail")).get(0);
        assertEquals(List.of("body", "hotkey"), first.get("loc"));
        assertEquals("missing", first.get("type"));
    }

    @Test
    void emptyBodyIs422MissingBody() {
        HttpClientResponseException e = fail(HttpRequest.POST("/probe", "").contentType(MediaType.APPLICATION_JSON));
        assertEquals(422, e.getStatus().getCode());
        Map<?, ?> first = (Map<?, ?>) ((List<?>) body(e).get("detail")).get(0);
        assertEquals(List.of("body"), first.get("loc"), body(e).toString());
        assertEquals("missing", first.get("type"));
    }

    @Test
    void illTypedFieldIs422NamingIt() {
        HttpClientResponseException e = fail(HttpRequest.POST("/probe", "{\"hotkey\": \"a\", \"timestamp\": \"soon\"}").contentType(MediaType.APPLICATION_JSON));
        assertEquals(422, e.getStatus().getCode());
        Map<?, ?> first = (Map<?, ?>) ((List<?>) body(e).get("detail")).get(0);
        assertEquals(List.of("body", "timestamp"), first.get("loc"));
    }

    @Test
    void bodyOverOneMebibyteIs413() {
        String big = "{\"hotkey\": \"" + "a".repeat(2 * 1024 * 1024) + "\", \"timestamp\": 1}";
        HttpClientResponseException e = fail(HttpRequest.POST("/probe", big).contentType(MediaType.APPLICATION_JSON));
        assertEquals(413, e.getStatus().getCode());
        assertEquals(Map.of("detail", "Request body too large"), body(e));
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        HttpClientResponseException e = fail(HttpRequest.GET("/probe/boom"));
        assertEquals(500, e.getStatus().getCode());
        assertEquals(Map.of("detail", "Internal server error"), body(e));
        assertFalse(e.getResponse().getBody(String.class).orElse("").contains("secret"));
    }

    @Test
    void validBodyStillPasses() {
        HttpResponse<String> ok = client.toBlocking().exchange(
                HttpRequest.POST("/probe", "{\"hotkey\": \"a\", \"timestamp\": 7, \"extra\": 1}").contentType(MediaType.APPLICATION_JSON), String.class);
        assertEquals("a:7", ok.body());
    }
}
