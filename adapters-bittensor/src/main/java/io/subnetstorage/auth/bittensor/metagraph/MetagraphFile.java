package io.subnetstorage.auth.bittensor.metagraph;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.membership.Neuron;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a metagraph file (SPEC §6, the {@code neurons} shape {@code tools/substrate-js/fixtures.js} prints):
 * {@code {"netuid":46,"neurons":[{"uid":0,"hotkey":"5...","coldkey":"5...","validator_permit":false,
 * "active":true,"stake_rao":"12000000000"}]}}. Other top-level members (a fixture's {@code state_call},
 * {@code storage}) are ignored; inside a neuron every field is required and an unknown one is an error,
 * so a typo such as {@code validatorPermit} cannot silently turn into "no permit".
 */
public final class MetagraphFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private MetagraphFile() {
    }

    /** @throws IllegalArgumentException if the JSON or any field is malformed, naming where */
    public static MetagraphSnapshot read(InputStream json, Instant syncedAt) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("metagraph file is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("metagraph file must be a JSON object with netuid and neurons");
        }
        int netuid = (int) JsonFields.integer(root, "netuid", "netuid", 0xFFFF);
        JsonNode array = root.get("neurons");
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("neurons: expected an array");
        }
        List<Neuron> neurons = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            neurons.add(JsonFields.neuron(array.get(i), "neurons[" + i + "]"));
        }
        return Snapshots.of(netuid, neurons, 0, syncedAt);
    }

    public static MetagraphSnapshot read(Path path, Instant syncedAt) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, syncedAt);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read metagraph file " + path, e);
        }
    }
}
