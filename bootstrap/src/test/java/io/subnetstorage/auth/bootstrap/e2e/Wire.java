package io.subnetstorage.auth.bootstrap.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Talks to the running service as a deployed client does: JSON over plain HTTP, every status visible. */
final class Wire {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    Wire(URI base) {
        this.base = base;
    }

    /** A reply: status, raw text, and the JSON object when there is one. */
    record Answer(int status, String text, Map<String, Object> json, java.net.http.HttpHeaders headers) {

        @SuppressWarnings("unchecked")
        Map<String, Object> map(String field) {
            return (Map<String, Object>) json.get(field);
        }

        String string(String field) {
            return (String) json.get(field);
        }

        Object detail() {
            return json.get("detail");
        }
    }

    Answer post(String path, Map<String, ?> body) {
        try {
            return postRaw(path, JSON.writeValueAsString(body), Map.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer postRaw(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    Answer get(String path) {
        return get(path, Map.of());
    }

    Answer get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    @SuppressWarnings("unchecked")
    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String text = response.body();
            Map<String, Object> json = text.startsWith("{") ? JSON.readValue(text, Map.class) : Map.of();
            return new Answer(response.statusCode(), text, json, response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
