package io.subnetstorage.auth.bittensor.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

/**
 * Writes signatures made by this Java code as JSON on stdout, for checking in polkadot-js
 * ({@code src/test/node/verify-java-signed.js}); the checked output is the test resource
 * {@code identity/java-signed-vectors.json}. Run with the test class path (see docs/benchmarks.md).
 */
public final class JavaSignedVectorsWriter {

    private JavaSignedVectorsWriter() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArrayNode vectors = json.createArrayNode();
        for (String uri : new String[] {"//Alice", "//Bob", "//Alice/soft", "//miner//3", "//Alice///pw", "//0/1",
            "//18446744073709551615", "//Alice//a-junction-name-much-longer-than-thirty-two-bytes/soft"}) {
            Sr25519Keypair pair = Sr25519Keypair.fromUri(uri);
            String message = "s3:validator:access:1735689600";
            vectors.add(vector(json, uri, pair, message.getBytes(StandardCharsets.UTF_8), pair.sign(message).bytes(), false));
            vectors.add(vector(json, uri, pair, message.getBytes(StandardCharsets.UTF_8), pair.signWrapped(message).bytes(), true));
        }
        Random random = new Random(428);
        for (int i = 0; i < 40; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            Sr25519Keypair pair = Sr25519Keypair.fromSeed(seed);
            byte[] message = new byte[i * 7];
            random.nextBytes(message);
            vectors.add(vector(json, "0x" + HexFormat.of().formatHex(seed), pair, message, pair.sign(message).bytes(), false));
        }
        ObjectNode root = json.createObjectNode();
        root.put("generator", "JavaSignedVectorsWriter (adapters-bittensor test scope)");
        root.set("vectors", vectors);
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static ObjectNode vector(ObjectMapper json, String key, Sr25519Keypair pair, byte[] message, byte[] sig, boolean wrapped) {
        ObjectNode v = json.createObjectNode();
        v.put("key", key);
        v.put("ss58", pair.address());
        v.put("public_key", pair.publicKeyHex());
        v.put("message_hex", HexFormat.of().formatHex(message));
        v.put("signature", HexFormat.of().formatHex(sig));
        v.put("wrapped", wrapped);
        return v;
    }
}
