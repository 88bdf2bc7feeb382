package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.subnetstorage.auth.domain.identity.Commitment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * The attribution endpoints (SPEC §9), signed like every other call: a fresh commitment and signature per
 * attempt (the service refuses a replay), server errors retried, refusals as {@link ServiceException}.
 */
final class AttributionCalls {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final ServiceClient service;

    AttributionCalls(ServiceClient service) {
        this.service = service;
    }

    /** POSTs {@code path} signed over {@code commitment} (of the request's timestamp); {@code extra} adds the fields. */
    JsonNode post(String path, LongFunction<Commitment> commitment, Consumer<ObjectNode> extra) {
        if (service.key() == null) {
            throw new ClientException(path + " needs a signing key");
        }
        return answer(Retrying.send(service.retry(), Retrying.TRANSIENT_SERVICE, "POST " + path, () -> {
            long timestamp = service.clock().instant().getEpochSecond();
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("hotkey", service.key().address());
            body.put("timestamp", timestamp);
            body.put("signature", service.key().sign(commitment.apply(timestamp).text()).hex());
            extra.accept(body);
            HttpRequest request = HttpRequest.newBuilder(resolve(path)).timeout(TIMEOUT).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(ServiceClient.JSON.writeValueAsString(body))).build();
            return service.http().send(request, HttpResponse.BodyHandlers.ofString());
        }), path);
    }

    JsonNode get(String path) {
        return answer(Retrying.send(service.retry(), Retrying.TRANSIENT_SERVICE, "GET " + path,
                () -> service.http().send(HttpRequest.newBuilder(resolve(path)).timeout(TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.ofString())), path);
    }

    private URI resolve(String path) {
        return service.service().resolve(path.substring(1));
    }

    private static JsonNode answer(HttpResponse<String> response, String path) {
        JsonNode body;
        try {
            body = ServiceClient.JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
        } catch (IOException notJson) {
            throw new ServiceException(response.statusCode(), path + " answered no JSON: " + ServiceClient.abbreviate(response.body()));
        }
        if (response.statusCode() / 100 == 2) {
            return body;
        }
        JsonNode detail = body.path("detail");
        throw new ServiceException(response.statusCode(), detail.isTextual() ? detail.asText() : ServiceClient.abbreviate(response.body()));
    }
}
