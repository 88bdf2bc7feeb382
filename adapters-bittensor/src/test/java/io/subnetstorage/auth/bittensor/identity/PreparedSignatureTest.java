package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One prepared signature checked against several messages answers each as a fresh verification would:
 * the raw-then-{@code <Bytes>} retry shares it, so nothing of one check may leak into the next.
 */
class PreparedSignatureTest {

    @Test
    void oneSignatureCheckedAgainstRawAndWrappedMessagesMatchesFreshVerifications() {
        Random random = new Random(2);
        for (int i = 0; i < 100; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            Sr25519Keypair pair = Sr25519Keypair.fromSeed(seed);
            byte[] message = ("s3:data:access:" + i).getBytes(StandardCharsets.UTF_8);
            byte[] wrapped = BytesWrapper.wrap(message);
            byte[] signature = pair.sign(i % 2 == 0 ? message : wrapped).bytes();
            byte[] publicKey = pair.publicKey();
            PreparedSignature prepared = PreparedSignature.of(HalfSizeCheck.table(Sr25519.decodePublicKey(publicKey)), publicKey, signature);
            for (int round = 0; round < 2; round++) {
                assertEquals(i % 2 == 0, prepared.verifies(message), "raw, case " + i);
                assertEquals(i % 2 == 1, prepared.verifies(wrapped), "wrapped, case " + i);
                assertEquals(Sr25519.verify(publicKey, message, signature), prepared.verifies(message));
                assertFalse(prepared.verifies("another message".getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    void signaturesNoMessageCanVerifyAreRefusedWhilePreparing() {
        Sr25519Keypair pair = Sr25519Keypair.fromSeed(new byte[32]);
        byte[] publicKey = pair.publicKey();
        ExtendedPoint.Niels[] table = HalfSizeCheck.table(Sr25519.decodePublicKey(publicKey));
        byte[] signature = pair.sign("m".getBytes(StandardCharsets.UTF_8)).bytes();
        assertTrue(PreparedSignature.of(table, publicKey, signature).verifies("m".getBytes(StandardCharsets.UTF_8)));

        byte[] noMarker = signature.clone();
        noMarker[63] &= 0x7f;
        assertNull(PreparedSignature.of(table, publicKey, noMarker), "no schnorrkel marker");
        byte[] oddR = signature.clone();
        oddR[0] |= 1; // a ristretto255 encoding is never odd
        assertNull(PreparedSignature.of(table, publicKey, oddR), "R not canonical");
        byte[] bigS = signature.clone();
        java.util.Arrays.fill(bigS, 32, 63, (byte) 0xff);
        bigS[63] = (byte) 0xff; // s = 2^255 - 1 with the marker: not below l
        assertNull(PreparedSignature.of(table, publicKey, bigS), "s not canonical");
    }
}
