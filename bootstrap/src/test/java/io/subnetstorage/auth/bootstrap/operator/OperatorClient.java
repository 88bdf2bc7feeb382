package io.subnetstorage.auth.bootstrap.operator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Plain HTTP to the running service: operator calls with any headers, and a miner's signed folder request. */
final class OperatorClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** //Alice//stash, the coldkey the development metagraph gives //Alice. */
    static final String ALICE_COLDKEY = Sr25519Keypair.fromUri("//Alice//stash").address();

    private final URI base;

    OperatorClient(URI base) {
        this.base = base;
    }

    record Answer(int status, String text, Map<String, Object> json) {

        Object get(String field) {
            return json.get(field);
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String field) {
            return (List<Map<String, Object>>) json.get(field);
        }
    }

    Answer send(String method, String path, Map<String, String> headers, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").method(method, publisher);
            headers.forEach(request::header);
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String text = response.body();
            @SuppressWarnings("unchecked")
            Map<String, Object> json = text.startsWith("{") ? JSON.readValue(text, Map.class) : Map.of();
            return new Answer(response.statusCode(), text, json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code POST /get-folder-access}, signed afresh by {@code miner} as deployed miners sign it. */
    Answer folderAccess(Sr25519Keypair miner) {
        long timestamp = Instant.now().getEpochSecond();
        String commitment = Commitment.minerFolderAccess(Coldkey.of(ALICE_COLDKEY), Hotkey.of(miner.address()), timestamp).text();
        Map<String, Object> body = Map.of("coldkey", ALICE_COLDKEY, "hotkey", miner.address(), "timestamp", timestamp,
                "signature", miner.sign(commitment).hex());
        return send("POST", "/get-folder-access", Map.of(), body);
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /** The owner-signature headers for one action on one target, signed now. */
    static Map<String, String> signedBy(Sr25519Keypair owner, String action, String target) {
        long timestamp = Instant.now().getEpochSecond();
        String signature = owner.sign(Commitment.operator(action, target, timestamp).text()).hex();
        return Map.of("X-Operator-Hotkey", owner.address(), "X-Operator-Timestamp", Long.toString(timestamp),
                "X-Operator-Signature", signature);
    }
}
