package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Sr25519ReceiptSignerTest {

    @Test
    void signsWithTheConfiguredKeyAsBittensorClientsDo() {
        Sr25519ReceiptSigner signer = Sr25519ReceiptSigner.fromSecrets("//Ferdie", List.of());
        assertEquals(DevKeys.ferdie().address(), signer.current().ss58());
        assertEquals(DevKeys.ferdie().publicKeyHex(), signer.current().publicKeyHex());
        byte[] text = "ssa-receipt:x".getBytes(StandardCharsets.UTF_8);
        assertTrue(Sr25519.verify(DevKeys.ferdie().publicKey(), text, signer.sign(text).bytes()));
    }

    @Test
    void seedsWithOrWithout0xAndMnemonicsAreSecretsAndPreviousKeysMayBeAddresses() {
        String seed = "11".repeat(32);
        assertEquals(Sr25519ReceiptSigner.fromSecrets("0x" + seed, List.of()).current(), Sr25519ReceiptSigner.fromSecrets(seed, List.of()).current());
        assertEquals(DevKeys.alice().address(), Sr25519ReceiptSigner.fromSecrets(DevKeys.DEV_PHRASE + "//Alice", List.of()).current().ss58());
        var signer = Sr25519ReceiptSigner.fromSecrets("//Ferdie", List.of(DevKeys.bob().address(), " //Charlie ", ""));
        assertEquals(List.of(DevKeys.bob().address(), DevKeys.charlie().address()), signer.previous());
    }

    @Test
    void anUnreadableSecretIsRefusedWithoutRepeatingIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Sr25519ReceiptSigner.fromSecrets("not a valid phrase at all", List.of()));
        assertFalse(refused.getMessage().contains("phrase at all"));
        assertFalse(Sr25519ReceiptSigner.isSecret(DevKeys.alice().address()), "an address cannot sign");
        assertTrue(Sr25519ReceiptSigner.isSecret(Sr25519ReceiptSigner.newSecret()));
    }
}
