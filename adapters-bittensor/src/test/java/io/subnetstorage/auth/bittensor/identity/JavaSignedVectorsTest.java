package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import org.junit.jupiter.api.Test;

/**
 * Signatures and addresses produced by this Java code and then checked in polkadot-js (both @scure/sr25519
 * and schnorrkel-WASM, plus polkadot-js's own key derivation) by src/test/node/verify-java-signed.js.
 * The resource only records that check; these tests keep Java's key derivation pinned to it.
 */
class JavaSignedVectorsTest {

    private static final JsonNode VECTORS = Vectors.load("java-signed-vectors.json").get("vectors");

    @Test
    void everyJavaSignatureWasAcceptedByPolkadotJsAndStillVerifiesHere() {
        Sr25519SignatureVerifier verifier = new Sr25519SignatureVerifier();
        int checked = 0;
        for (JsonNode v : VECTORS) {
            assertTrue(v.get("polkadot_js_verified").asBoolean(), v::toString);
            byte[] message = Vectors.message(v);
            boolean wrapped = v.get("wrapped").asBoolean();
            assertEquals(!wrapped, Sr25519.verify(Vectors.hex(v, "public_key"), message, Vectors.hex(v, "signature")), v::toString);
            assertTrue(verifier.verify(new Ss58Address(v.get("ss58").asText()),
                    message, Signature.fromHex(v.get("signature").asText())), v::toString);
            checked++;
        }
        assertEquals(56, checked);
    }

    @Test
    void urisDeriveTheAddressesPolkadotJsDerived() {
        int checked = 0;
        for (JsonNode v : VECTORS) {
            String key = v.get("key").asText();
            Sr25519Keypair pair = key.startsWith("0x") ? Sr25519Keypair.fromSeedHex(key) : Sr25519Keypair.fromUri(key);
            assertEquals(v.get("ss58").asText(), pair.address(), key);
            checked++;
        }
        assertEquals(56, checked);
    }
}
