package io.subnetstorage.auth.bittensor.metagraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The answering logic of {@code shared/tools/substrate-js/fake-subtensor.js}, in Java so the suite needs
 * no Node: a node serving one fixture, whose block advances when the fixture is swapped, with faults.
 */
final class FakeSubtensor {

    enum Fault { NONE, DOWN, SLOW, GARBAGE, JUNK, NO_RUNTIME_API }

    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile Fixture fixture;
    private volatile Fault fault = Fault.NONE;
    private volatile long slowMillis = 2_000;
    private volatile CountDownLatch held = new CountDownLatch(0);
    private volatile long block = 5_000_000;
    private final AtomicInteger stateCalls = new AtomicInteger();
    private final Map<String, String> extraStorage = new ConcurrentHashMap<>();

    FakeSubtensor(Fixture fixture) {
        this.fixture = fixture;
    }

    void serve(Fixture next) {
        fixture = next;
        block++;
    }

    /** Storage polkadot-js fixtures do not carry (e.g. {@code Active}), added by a test. */
    void putStorage(String key, String value) {
        extraStorage.put(key, value);
    }

    void fault(Fault next) {
        fault = next;
    }

    void slowFor(long millis) {
        slowMillis = millis;
    }

    /** Replies wait from now until {@link #release()}: a node that answers exactly when the test says. */
    void hold() {
        held = new CountDownLatch(1);
    }

    void release() {
        held.countDown();
    }

    long block() {
        return block;
    }

    int stateCalls() {
        return stateCalls.get();
    }

    String reply(String body) throws IOException {
        try {
            held.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Fault mode = fault;
        if (mode == Fault.SLOW) {
            try {
                Thread.sleep(slowMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (mode == Fault.JUNK) {
            return "<html>502 Bad Gateway</html>";
        }
        JsonNode request = JSON.readTree(body);
        if (request.isArray()) {
            ArrayNode replies = JSON.createArrayNode();
            request.forEach(item -> replies.add(answer(item, mode)));
            return replies.toString();
        }
        return answer(request, mode).toString();
    }

    private ObjectNode answer(JsonNode request, Fault mode) {
        JsonNode params = request.path("params");
        String method = request.path("method").asText();
        if (mode == Fault.DOWN) {
            return error(request, -32000, "node is syncing");
        }
        Fixture served = fixture;
        switch (method) {
            case "chain_getFinalizedHead":
                return result(request, hash(block));
            case "chain_getHeader":
                return result(request, JSON.createObjectNode().put("number", "0x" + Long.toHexString(block))
                        .put("parentHash", hash(block - 1)));
            case "state_getStorage":
                String key = params.path(0).asText();
                return result(request, served.storage().getOrDefault(key, extraStorage.get(key)));
            case "state_call":
                stateCalls.incrementAndGet();
                if (mode == Fault.NO_RUNTIME_API || !SubtensorClient.NEURONS_LITE.equals(params.path(0).asText())) {
                    return error(request, 1002, "Execution failed: Exported method " + params.path(0).asText() + " is not found");
                }
                if (mode == Fault.GARBAGE) {
                    return result(request, "0x0c0102");
                }
                return result(request, served.stateCallParams().equalsIgnoreCase(params.path(1).asText())
                        ? served.stateCallResult() : "0x00");
            default:
                return error(request, -32601, "Method not found");
        }
    }

    private static String hash(long n) {
        return String.format("0x%064x", n);
    }

    private static ObjectNode result(JsonNode request, String value) {
        ObjectNode reply = envelope(request);
        reply.put("result", value);
        return reply;
    }

    private static ObjectNode result(JsonNode request, JsonNode value) {
        ObjectNode reply = envelope(request);
        reply.set("result", value);
        return reply;
    }

    private static ObjectNode error(JsonNode request, int code, String message) {
        ObjectNode reply = envelope(request);
        reply.putObject("error").put("code", code).put("message", message);
        return reply;
    }

    private static ObjectNode envelope(JsonNode request) {
        ObjectNode reply = JSON.createObjectNode().put("jsonrpc", "2.0");
        reply.set("id", request.path("id"));
        return reply;
    }
}
