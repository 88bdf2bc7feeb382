package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.subnetstorage.auth.domain.identity.MalformedIdentity;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import org.junit.jupiter.api.Test;

class Ss58Test {

    private static final JsonNode VECTORS = Vectors.load("substrate-js-vectors.json");
    private static final String ALICE = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

    @Test
    void oneAndTwoBytePrefixesMatchPolkadotJs() {
        int checked = 0;
        for (JsonNode v : VECTORS.get("ss58")) {
            int prefix = v.get("prefix").asInt();
            byte[] key = Vectors.hex(v, "public_key");
            String address = v.get("address").asText();
            assertEquals(address, Ss58.encode(key, prefix), "prefix " + prefix);
            assertArrayEquals(key, Ss58.decode(address, prefix), "prefix " + prefix);
            assertEquals(prefix, Ss58.prefix(address));
            checked++;
        }
        assertTrue(checked >= 5);
    }

    @Test
    void everySingleCharacterChangeIsRejected() {
        String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        for (int i = 0; i < ALICE.length(); i++) {
            char replacement = alphabet.charAt((alphabet.indexOf(ALICE.charAt(i)) + 1) % alphabet.length());
            String changed = ALICE.substring(0, i) + replacement + ALICE.substring(i + 1);
            assertThrows(MalformedIdentity.class, () -> Ss58.decode(changed, 42), changed);
        }
    }

    @Test
    void otherNetworksAndGarbageAreRejected() {
        byte[] alice = Ss58.decode(ALICE, 42);
        assertThrows(MalformedIdentity.class, () -> Ss58.decode(Ss58.encode(alice, 0), 42));
        assertThrows(MalformedIdentity.class, () -> Ss58.decode(Ss58.encode(alice, 1000), 42));
        assertThrows(MalformedIdentity.class, () -> Ss58.decode("0OIl" + ALICE.substring(4), 42));
        assertThrows(MalformedIdentity.class, () -> Ss58.decode(ALICE.substring(1), 42));
        assertThrows(MalformedIdentity.class, () -> Ss58.decode("", 42));
        assertThrows(IllegalArgumentException.class, () -> Ss58.encode(new byte[31], 42));
    }

    @Test
    void verifierTreatsUndecodableOrForeignAddressesAsInvalid() {
        Sr25519Keypair alice = DevKeys.alice();
        byte[] message = "s3:validator:access:1735689600".getBytes();
        var signature = alice.sign(message);
        Sr25519SignatureVerifier generic = new Sr25519SignatureVerifier();
        assertTrue(generic.verify(alice.ss58Address(), message, signature));
        Ss58Address polkadot = new Ss58Address(alice.address(0));
        assertFalse(generic.verify(polkadot, message, signature));
        assertTrue(new Sr25519SignatureVerifier(0).verify(polkadot, message, signature));
        String broken = ALICE.substring(0, 47) + (ALICE.endsWith("Y") ? "Z" : "Y");
        assertFalse(generic.verify(new Ss58Address(broken), message, signature));
    }
}
