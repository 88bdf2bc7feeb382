package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attribution with the service (SPEC §9): a miner registers its claims and gets receipts, a validator asks
 * what the service knows of a miner's files, anyone reads the service's key. Requests of more than 1000
 * entries are split.
 */
public final class AttributionClient {

    static final int PER_REQUEST = 1000;

    private final AttributionCalls calls;
    private final ServiceClient service;

    public AttributionClient(ServiceClient service) {
        this.service = service;
        this.calls = new AttributionCalls(service);
    }

    /** The outcome of registering: receipts by file path, and reasons for the refused files. */
    public record Registration(Map<String, JsonNode> receipts, Map<String, String> rejected) {
    }

    public Registration register(List<MinerAttribution> claims) {
        Map<String, JsonNode> receipts = new LinkedHashMap<>();
        Map<String, String> rejected = new LinkedHashMap<>();
        Hotkey miner = Hotkey.of(service.key().address());
        for (int from = 0; from < claims.size(); from += PER_REQUEST) {
            List<MinerAttribution> batch = claims.subList(from, Math.min(claims.size(), from + PER_REQUEST));
            JsonNode answer = calls.post("/register-attributions", timestamp -> Commitment.attributionRegister(miner, timestamp),
                    body -> batch.forEach(claim -> body.withArray("attributions").add(claim.presented())));
            answer.path("accepted").forEach(entry -> receipts.put(entry.path("file_path").asText(), entry.path("receipt")));
            answer.path("rejected").forEach(entry -> rejected.put(entry.path("file_path").asText("?"), entry.path("reason").asText()));
        }
        return new Registration(receipts, rejected);
    }

    /** {@code /verify-attribution}'s result per key (status, receipt, sidecar_url, checks). */
    public Map<String, JsonNode> verify(String miner, List<String> keys) {
        return verify(miner, keys, Optional.empty());
    }

    /** As {@link #verify(String, List)}, looking at {@code store} when named (the sidecar URL then points there too). */
    public Map<String, JsonNode> verify(String miner, List<String> keys, Optional<ReadStore> store) {
        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (int from = 0; from < keys.size(); from += PER_REQUEST) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + PER_REQUEST));
            JsonNode answer = calls.post("/verify-attribution", timestamp -> Commitment.validatorVerify(Hotkey.of(miner), timestamp), body -> {
                body.put("miner_hotkey", miner);
                store.ifPresent(named -> body.put("store", named.wireName()));
                batch.forEach(key -> body.withArray("file_keys").add(key));
            });
            answer.path("results").fields().forEachRemaining(entry -> results.put(entry.getKey(), entry.getValue()));
        }
        return results;
    }

    /** The service's current key and the older ones it still stands by, as SS58 addresses. */
    public List<String> serviceKeys() {
        JsonNode key = calls.get("/attribution-key");
        List<String> trusted = new ArrayList<>();
        trusted.add(key.path("ss58").asText());
        key.path("previous").forEach(previous -> trusted.add(previous.asText()));
        return trusted;
    }
}
