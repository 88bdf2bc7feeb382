package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import org.junit.jupiter.api.Test;

/** Java against @scure/sr25519 and Rust schnorrkel (WASM), through vectors.js --random 2000. */
class Sr25519VectorsTest {

    private static final JsonNode VECTORS = Vectors.load("substrate-js-vectors.json");

    @Test
    void randomVectorsFromBothImplementationsAgree() {
        int valid = 0;
        int invalid = 0;
        for (JsonNode v : VECTORS.get("random")) {
            boolean expected = v.get("valid").asBoolean();
            boolean actual = Sr25519.verify(Vectors.hex(v, "public_key"), Vectors.message(v), Vectors.hex(v, "signature"));
            assertEquals(expected, actual, () -> "vector " + v);
            if (expected) {
                valid++;
            } else {
                invalid++;
            }
        }
        assertTrue(valid >= 2000 && invalid >= 1000, "the resource holds both kinds: " + valid + "/" + invalid);
    }

    @Test
    void namedSr25519CasesBehaveAsLabelled() {
        Sr25519SignatureVerifier verifier = new Sr25519SignatureVerifier();
        int checked = 0;
        for (JsonNode v : VECTORS.get("named")) {
            if (v.has("scheme") && !"sr25519".equals(v.get("scheme").asText())) {
                continue;
            }
            byte[] message = Vectors.message(v);
            byte[] signature = Vectors.hex(v, "signature");
            String name = v.get("name").asText();
            assertEquals(v.get("valid").asBoolean(), Sr25519.verify(Vectors.hex(v, "public_key"), message, signature), name);
            boolean withRetry = v.has("valid_with_bytes_wrap_retry")
                    ? v.get("valid_with_bytes_wrap_retry").asBoolean() : v.get("valid").asBoolean();
            Ss58Address signer = new Ss58Address(Ss58.encode(Vectors.hex(v, "public_key"), 42));
            assertEquals(withRetry, verifier.verify(signer, message, Signature.of(signature)), name + " (verifier)");
            checked++;
        }
        assertEquals(6, checked);
    }

    @Test
    void ed25519SignatureIsNotAnSr25519Signature() {
        for (JsonNode v : VECTORS.get("named")) {
            if (v.has("scheme") && "ed25519".equals(v.get("scheme").asText())) {
                assertFalse(Sr25519.verify(Vectors.hex(v, "public_key"), Vectors.message(v), Vectors.hex(v, "signature")));
                return;
            }
        }
        throw new AssertionError("no ed25519 vector in the resource");
    }
}
