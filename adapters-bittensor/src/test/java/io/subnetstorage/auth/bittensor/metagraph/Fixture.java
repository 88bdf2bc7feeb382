package io.subnetstorage.auth.bittensor.metagraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A committed fixture printed by {@code shared/tools/substrate-js/fixtures.js --spec <name>.spec.json}:
 * the polkadot-js view of the neurons, the SCALE runtime-API answer and the storage entries.
 * Regenerate: {@code cd src/test/resources/metagraph && node fixtures.js --spec X.spec.json > X.fixture.json}.
 */
record Fixture(String name, JsonNode json, Map<String, String> storage) {

    static Fixture load(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream("/metagraph/" + name + ".fixture.json")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource metagraph/" + name + ".fixture.json");
            }
            JsonNode json = new ObjectMapper().readTree(in);
            Map<String, String> storage = new LinkedHashMap<>();
            json.get("storage").fields().forEachRemaining(e -> storage.put(e.getKey(), e.getValue().asText()));
            return new Fixture(name, json, Map.copyOf(storage));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int netuid() {
        return json.get("netuid").asInt();
    }

    JsonNode neurons() {
        return json.get("neurons");
    }

    String stateCallParams() {
        return json.at("/state_call/params").asText();
    }

    String stateCallResult() {
        return json.at("/state_call/result").asText();
    }

    byte[] scale() {
        return Hex.decode(stateCallResult());
    }

    InputStream asMetagraphFile() {
        return Fixture.class.getResourceAsStream("/metagraph/" + name + ".fixture.json");
    }
}
