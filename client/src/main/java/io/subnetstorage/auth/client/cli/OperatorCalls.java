package io.subnetstorage.auth.client.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.subnetstorage.auth.client.ClientException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The operator endpoints with the admin token ({@code Authorization: Bearer}, ADR 0010). An answer other than 2xx
 * is a {@link ClientException} quoting the service's {@code detail}.
 */
final class OperatorCalls {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URI service;
    private final String token;

    OperatorCalls(URI service, String token) {
        if (token == null || token.isBlank()) {
            throw new ClientException("the admin token is required: --admin-token or $ADMIN_TOKEN");
        }
        this.service = service;
        this.token = token;
    }

    JsonNode get(String path) {
        return json(send(request(path).GET()));
    }

    String text(String path) {
        return send(request(path).GET());
    }

    JsonNode post(String path, Object body) {
        try {
            String json = body == null ? "" : JSON.writeValueAsString(body);
            return json(send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))));
        } catch (IOException e) {
            throw new ClientException("cannot write the request: " + e.getMessage());
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(service.resolve(path)).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token);
    }

    private static String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                String detail = response.body();
                try {
                    detail = JSON.readTree(response.body()).path("detail").asText(response.body());
                } catch (IOException notJson) {
                    // the body as it is
                }
                throw new ClientException(response.statusCode() + ": " + detail);
            }
            return response.body();
        } catch (IOException e) {
            throw new ClientException("the service cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientException("interrupted");
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new ClientException("the service answered something that is not JSON: " + e.getMessage());
        }
    }
}
