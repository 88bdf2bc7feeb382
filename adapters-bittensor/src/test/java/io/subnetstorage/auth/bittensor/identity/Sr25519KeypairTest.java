package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.domain.identity.Signature;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sr25519KeypairTest {

    private static final String COMMITMENT = "s3:validator:access:1735689600";
    private static final String ABANDON =
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

    @Test
    void signaturesAreRandomizedAndVerify() {
        Sr25519Keypair bob = DevKeys.bob();
        Signature first = bob.sign(COMMITMENT);
        Signature second = bob.sign(COMMITMENT);
        assertNotEquals(first, second);
        byte[] message = COMMITMENT.getBytes(StandardCharsets.UTF_8);
        assertTrue(Sr25519.verify(bob.publicKey(), message, first.bytes()));
        assertTrue(Sr25519.verify(bob.publicKey(), message, second.bytes()));
        assertFalse(Sr25519.verify(DevKeys.alice().publicKey(), message, first.bytes()));
    }

    @Test
    void wrappedSignaturesVerifyOnlyThroughTheRetry() {
        Sr25519Keypair alice = DevKeys.alice();
        Signature wrapped = alice.signWrapped(COMMITMENT);
        byte[] message = COMMITMENT.getBytes(StandardCharsets.UTF_8);
        assertFalse(Sr25519.verify(alice.publicKey(), message, wrapped.bytes()));
        assertTrue(new Sr25519SignatureVerifier().verify(alice.ss58Address(), message, wrapped));
    }

    @Test
    void seedMnemonicAndUriFormsAgree() {
        Sr25519Keypair fromMnemonic = Sr25519Keypair.fromMnemonic(ABANDON);
        String seedHex = "4ed8d4b17698ddeaa1f1559f152f87b5d472f725ca86d341bd0276f1b61197e2";
        assertEquals(fromMnemonic.address(), Sr25519Keypair.fromSeedHex(seedHex).address());
        assertEquals(fromMnemonic.address(), Sr25519Keypair.fromSeedHex("0x" + seedHex).address());
        assertEquals(fromMnemonic.address(), Sr25519Keypair.fromUri(ABANDON).address());
        assertEquals(Sr25519Keypair.fromUri(ABANDON + "//hot//1").address(),
                Sr25519Keypair.fromUri("0x" + seedHex + "//hot//1").address());
        assertNotEquals(fromMnemonic.address(), Sr25519Keypair.fromMnemonic(ABANDON, "secret").address());
    }

    @Test
    void softDerivationIsReproducibleDespiteRandomNonceSeeds() {
        assertEquals(Sr25519Keypair.fromUri("//Alice/soft").address(), Sr25519Keypair.fromUri("//Alice/soft").address());
        Sr25519Keypair soft = Sr25519Keypair.fromUri("//Alice/soft");
        assertTrue(new Sr25519SignatureVerifier().verify(soft.ss58Address(), COMMITMENT.getBytes(StandardCharsets.UTF_8),
                soft.sign(COMMITMENT)));
    }

    @Test
    void invalidMnemonicsAndUrisAreRefused() {
        String badChecksum = ABANDON.replace("about", "abandon");
        assertThrows(IllegalArgumentException.class, () -> Sr25519Keypair.fromMnemonic(badChecksum));
        assertThrows(IllegalArgumentException.class, () -> Sr25519Keypair.fromMnemonic(ABANDON.replace("about", "aboutt")));
        assertThrows(IllegalArgumentException.class, () -> Sr25519Keypair.fromMnemonic("abandon about"));
        assertThrows(IllegalArgumentException.class, () -> Sr25519Keypair.fromUri("0x1234//hard"));
        assertThrows(IllegalArgumentException.class, () -> Sr25519Keypair.fromUri("//"));
        assertThrows(IllegalArgumentException.class, () -> Sr25519Keypair.fromSeed(new byte[31]));
    }

    @Test
    void toStringNeverShowsTheSecret() {
        assertEquals("Sr25519Keypair[5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY]", DevKeys.alice().toString());
    }
}
