package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Talks to the auth service: signs each request with the hotkey (a fresh signature per attempt, since
 * replays are refused), in the body or with X-Tao headers ({@link #withSigning}), retries server errors,
 * and turns refusals into {@link ServiceException}.
 */
public final class ServiceClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI service;
    private final Sr25519Keypair key;
    private final HttpClient http;
    private final RetryPolicy retry;
    private final Clock clock;
    private final RequestSigning signing;

    public ServiceClient(URI service, Sr25519Keypair key) {
        this(service, key, Transfers.newHttpClient(), RetryPolicy.defaults(), Clock.systemUTC());
    }

    public ServiceClient(URI service, Sr25519Keypair key, HttpClient http, RetryPolicy retry, Clock clock) {
        this(service, key, http, retry, clock, RequestSigning.BODY);
    }

    private ServiceClient(URI service, Sr25519Keypair key, HttpClient http, RetryPolicy retry, Clock clock, RequestSigning signing) {
        this.service = URI.create(service.toString().replaceAll("/+$", "") + "/");
        this.key = key;
        this.http = http;
        this.retry = retry;
        this.clock = clock;
        this.signing = signing;
    }

    /** The same client signing its requests the other way: in the body (the default) or with X-Tao headers. */
    public ServiceClient withSigning(RequestSigning signing) {
        return new ServiceClient(service, key, http, retry, clock, signing);
    }

    public RequestSigning signing() {
        return signing;
    }

    /** A client for the unsigned endpoints only ({@code /healthcheck}). */
    public static ServiceClient anonymous(URI service) {
        return new ServiceClient(service, null, Transfers.newHttpClient(), RetryPolicy.defaults(), Clock.systemUTC());
    }

    public URI service() {
        return service;
    }

    public Sr25519Keypair key() {
        return key;
    }

    HttpClient http() {
        return http;
    }

    RetryPolicy retry() {
        return retry;
    }

    Clock clock() {
        return clock;
    }

    /** {@code GET /healthcheck}: always 200 while the service runs, whatever is down behind it. */
    public JsonNode health() {
        HttpRequest request = HttpRequest.newBuilder(resolve("/healthcheck")).timeout(TIMEOUT).GET().build();
        return parse(Retrying.send(retry, Retrying.TRANSIENT_SERVICE, "GET /healthcheck",
                () -> http.send(request, HttpResponse.BodyHandlers.ofString())));
    }

    /** Signs and posts to {@code endpoint}; {@code extra} adds fields such as {@code file_keys}. */
    public JsonNode call(Endpoint endpoint, String coldkey, String miner, Consumer<ObjectNode> extra) {
        return call(endpoint, new CallTarget(coldkey, miner, null, null), extra);
    }

    /** Signs and posts to {@code endpoint} about {@code target}; {@code extra} adds fields such as {@code files}. */
    public JsonNode call(Endpoint endpoint, CallTarget target, Consumer<ObjectNode> extra) {
        if (key == null) {
            throw new ClientException(endpoint.path() + " needs a signing key");
        }
        return parse(Retrying.send(retry, Retrying.TRANSIENT_SERVICE, "POST " + endpoint.path(), () -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(resolve(endpoint.path())).timeout(TIMEOUT)
                    .header("Content-Type", "application/json");
            byte[] body;
            if (signing == RequestSigning.TAO_HEADERS) {
                ObjectNode fields = JSON.createObjectNode();
                endpoint.putTarget(fields, target);
                extra.accept(fields);
                body = JSON.writeValueAsBytes(fields);
                Map<String, String> headers = TaoHeaders.sign(key, body, clock.millis(), UUID.randomUUID().toString());
                headers.forEach(request::header);
            } else {
                SignedCall call = SignedCall.sign(endpoint, key, target, clock.instant().getEpochSecond());
                extra.accept(call.body());
                body = JSON.writeValueAsBytes(call.body());
            }
            return http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        }));
    }

    private URI resolve(String path) {
        return service.resolve(path.substring(1));
    }

    private static JsonNode parse(HttpResponse<String> response) {
        JsonNode body;
        try {
            body = JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
        } catch (IOException e) {
            throw new ServiceException(response.statusCode(), "not JSON: " + abbreviate(response.body()));
        }
        if (response.statusCode() / 100 != 2) {
            JsonNode detail = body.get("detail");
            throw new ServiceException(response.statusCode(),
                    detail == null ? abbreviate(response.body()) : detail.isTextual() ? detail.asText() : detail.toString());
        }
        return body;
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
