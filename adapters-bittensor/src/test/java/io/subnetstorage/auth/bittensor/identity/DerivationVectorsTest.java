package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Mnemonics, dev URIs and //hard /soft paths against polkadot-js. */
class DerivationVectorsTest {

    private static final JsonNode VECTORS = Vectors.load("substrate-js-vectors.json");

    @Test
    void everyUriDerivesThePolkadotJsKey() {
        int checked = 0;
        for (JsonNode v : VECTORS.get("derivation")) {
            String uri = v.get("suri").asText().replace("<DEV_PHRASE>", DevKeys.DEV_PHRASE);
            Sr25519Keypair pair = Sr25519Keypair.fromUri(uri);
            assertEquals(v.get("public_key").asText(), pair.publicKeyHex(), uri);
            assertEquals(v.get("ss58").asText(), pair.address(), uri);
            checked++;
        }
        assertEquals(5, checked);
    }

    @Test
    void mnemonicGivesTheSubstrateMiniSecretAndRootKey() {
        for (JsonNode v : VECTORS.get("derivation")) {
            String phrase = SubstrateUri.DEV_PHRASE;
            String suri = v.get("suri").asText();
            if (!suri.startsWith("<DEV_PHRASE>")) {
                phrase = suri.split("//")[0];
            }
            byte[] mini = Bip39.miniSecret(phrase, "");
            assertEquals(v.get("mini_secret").asText(), HexFormat.of().formatHex(mini), suri);
            SecretKey root = SecretKey.expandEd25519(mini);
            assertEquals(v.get("root_public_key").asText(), HexFormat.of().formatHex(root.publicKey()), suri);
            // polkadot-js stores the ed25519-form key (8 * scalar) ++ nonce
            byte[] rootSecret = Vectors.hex(v, "root_secret_key");
            assertArrayEquals(Arrays.copyOfRange(rootSecret, 32, 64), root.nonce(), suri);
            assertArrayEquals(Arrays.copyOf(rootSecret, 32), timesCofactor(root.key().toByteArray()), suri);
        }
    }

    @Test
    void devAccountsHaveTheirWellKnownAddresses() {
        assertEquals("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", DevKeys.alice().address());
        assertEquals("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty", DevKeys.bob().address());
    }

    private static byte[] timesCofactor(byte[] scalar) {
        byte[] out = new byte[32];
        int high = 0;
        for (int i = 0; i < 32; i++) {
            int b = scalar[i] & 0xff;
            out[i] = (byte) ((b << 3) | high);
            high = b >>> 5;
        }
        return out;
    }
}
