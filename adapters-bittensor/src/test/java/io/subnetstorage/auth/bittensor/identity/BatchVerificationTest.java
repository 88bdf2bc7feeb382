package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.SignedMessage;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Batch verification accepts exactly what single verification accepts, and finds the signatures that fail. */
class BatchVerificationTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Sr25519SignatureVerifier verifier = new Sr25519SignatureVerifier();

    /** {@code count} attributions-like messages, by one miner or, with {@code keys} > 1, by several. */
    private static List<SignedMessage> signed(int count, int keys) {
        List<SignedMessage> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Sr25519Keypair key = DevKeys.of(new String[] {"Alice", "Bob", "Charlie"}[i % keys]);
            byte[] message = (key.address() + ":data/hotkey=" + key.address() + "/job_id=1/f" + i + ":" + "ab".repeat(32) + ":2048:1:"
                    + String.format("%032x", i)).getBytes(StandardCharsets.UTF_8);
            items.add(new SignedMessage(key.ss58Address(), message, key.sign(message)));
        }
        return items;
    }

    private static List<Sr25519Batch.Item> items(List<SignedMessage> messages) {
        return messages.stream().map(m -> {
            byte[] publicKey = Ss58.decode(m.signer().value(), Ss58.GENERIC_PREFIX);
            return new Sr25519Batch.Item(Sr25519.decodePublicKey(publicKey), publicKey, m.message(), m.signature().bytes());
        }).toList();
    }

    private static boolean[] all(int count, boolean value) {
        boolean[] result = new boolean[count];
        Arrays.fill(result, value);
        return result;
    }

    @Test
    void aThousandGoodSignaturesOfOneMinerPassAsOneBatch() {
        List<SignedMessage> batch = signed(1000, 1);
        assertTrue(Sr25519Batch.verify(items(batch), RANDOM));
        assertArrayEquals(all(1000, true), verifier.verifyAll(batch));
    }

    @Test
    void oneBadSignatureFailsTheBatchAndIsFound() {
        List<SignedMessage> batch = new ArrayList<>(signed(200, 3));
        SignedMessage victim = batch.get(137);
        byte[] otherMessage = "something else".getBytes(StandardCharsets.UTF_8);
        batch.set(137, new SignedMessage(victim.signer(), victim.message(), DevKeys.alice().sign(otherMessage)));
        assertFalse(Sr25519Batch.verify(items(batch), RANDOM), "the batch as a whole is refused");
        boolean[] expected = all(200, true);
        expected[137] = false;
        assertArrayEquals(expected, verifier.verifyAll(batch));
    }

    @Test
    void malformedSignaturesAndUndecodableSignersFailWithoutSpoilingTheRest() {
        List<SignedMessage> batch = new ArrayList<>(signed(12, 2));
        byte[] noMarker = batch.get(1).signature().bytes();
        noMarker[63] &= 0x7f;
        batch.set(1, new SignedMessage(batch.get(1).signer(), batch.get(1).message(), Signature.of(noMarker)));
        byte[] badR = batch.get(5).signature().bytes();
        badR[0] ^= 1;
        batch.set(5, new SignedMessage(batch.get(5).signer(), batch.get(5).message(), Signature.of(badR)));
        batch.set(9, new SignedMessage(new Ss58Address("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQX"), batch.get(9).message(),
                batch.get(9).signature()));
        boolean[] expected = all(12, true);
        expected[1] = false;
        expected[5] = false;
        expected[9] = false;
        assertArrayEquals(expected, verifier.verifyAll(batch));
    }

    @Test
    void aBrowserWalletsWrappedSignatureIsFoundValidOnItsOwn() {
        List<SignedMessage> batch = new ArrayList<>(signed(20, 1));
        String text = new String(batch.get(3).message(), StandardCharsets.UTF_8);
        batch.set(3, new SignedMessage(batch.get(3).signer(), batch.get(3).message(), DevKeys.alice().signWrapped(text)));
        assertFalse(Sr25519Batch.verify(items(batch), RANDOM), "the batch checks raw messages only");
        assertArrayEquals(all(20, true), verifier.verifyAll(batch));
    }
}
