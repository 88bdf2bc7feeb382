package io.subnetstorage.auth.bittensor.metagraph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** JSON-RPC 2.0 calls and batches over a transport, checking ids so a stray reply is never taken as ours. */
final class JsonRpcClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RpcTransport transport;
    private long nextId = 1;

    JsonRpcClient(RpcTransport transport) {
        this.transport = transport;
    }

    /** The {@code result} of one call; {@link RpcError} if the node answered with an error. */
    JsonNode call(String method, Object... params) {
        ObjectNode request = request(method, List.of(params));
        return result(method, request.get("id").asLong(), parse(transport.exchange(request.toString())));
    }

    /** One batch of calls to the same method, results in the order of {@code paramsList}. */
    List<JsonNode> batch(String method, List<List<Object>> paramsList) {
        if (paramsList.isEmpty()) {
            return List.of();
        }
        ArrayNode batch = JSON.createArrayNode();
        long firstId = nextId;
        paramsList.forEach(params -> batch.add(request(method, params)));
        JsonNode reply = parse(transport.exchange(batch.toString()));
        if (!reply.isArray() || reply.size() != paramsList.size()) {
            throw new SubtensorException(method + " batch: expected " + paramsList.size() + " replies");
        }
        Map<Long, JsonNode> byId = new HashMap<>();
        reply.forEach(item -> byId.put(item.path("id").asLong(-1), item));
        List<JsonNode> results = new ArrayList<>(paramsList.size());
        for (int i = 0; i < paramsList.size(); i++) {
            results.add(result(method, firstId + i, byId.get(firstId + i)));
        }
        return results;
    }

    private ObjectNode request(String method, List<Object> params) {
        ObjectNode request = JSON.createObjectNode();
        request.put("jsonrpc", "2.0");
        request.put("id", nextId++);
        request.put("method", method);
        request.set("params", JSON.valueToTree(params));
        return request;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SubtensorException("reply is not JSON: " + e.getOriginalMessage());
        }
    }

    private static JsonNode result(String method, long id, JsonNode reply) {
        if (reply == null || !reply.isObject() || reply.path("id").asLong(-1) != id) {
            throw new SubtensorException(method + ": no reply with id " + id);
        }
        JsonNode error = reply.get("error");
        if (error != null && !error.isNull()) {
            throw new RpcError(method, error.path("code").asLong(), error.path("message").asText());
        }
        if (!reply.has("result")) {
            throw new SubtensorException(method + ": reply has neither result nor error");
        }
        return reply.get("result");
    }
}
