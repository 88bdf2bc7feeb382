package io.subnetstorage.auth.bittensor.metagraph;

import io.subnetstorage.auth.application.redaction.RedactedUri;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** JSON-RPC over HTTP POST, one request per exchange; stateless, so close has nothing to release. */
final class HttpRpcTransport implements RpcTransport {

    private final HttpClient client;
    private final URI endpoint;
    /** The endpoint as messages name it: its user info or query may hold an API key. */
    private final RedactedUri shown;
    private final Duration timeout;

    HttpRpcTransport(HttpClient client, URI endpoint, Duration timeout) {
        this.client = client;
        this.endpoint = endpoint;
        this.shown = RedactedUri.of(endpoint);
        this.timeout = timeout;
    }

    @Override
    public String exchange(String payload) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SubtensorException("no answer from " + shown + " within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new SubtensorException("cannot reach " + shown + ": " + RedactedUri.scrub(e.toString()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SubtensorException("interrupted while asking " + shown, e);
        }
        if (response.statusCode() != 200) {
            throw new SubtensorException(shown + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    @Override
    public void close() {
    }
}
