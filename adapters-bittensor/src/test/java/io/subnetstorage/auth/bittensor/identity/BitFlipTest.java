package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property: flipping any one bit of signature, message or public key turns a valid signature invalid. */
class BitFlipTest {

    private static final int SAMPLES = 300;

    @Test
    void anySingleBitFlipIsRejected() {
        Random random = new Random(46);
        for (int i = 0; i < SAMPLES; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            Sr25519Keypair pair = Sr25519Keypair.fromSeed(seed);
            byte[] message = new byte[1 + random.nextInt(96)];
            random.nextBytes(message);
            byte[] publicKey = pair.publicKey();
            byte[] signature = pair.sign(message).bytes();
            assertTrue(Sr25519.verify(publicKey, message, signature), "unflipped sample " + i);

            int target = i % 3;
            byte[] flipped = (target == 0 ? signature : target == 1 ? message : publicKey).clone();
            int bit = random.nextInt(flipped.length * 8);
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            boolean accepted = switch (target) {
                case 0 -> Sr25519.verify(publicKey, message, flipped);
                case 1 -> Sr25519.verify(publicKey, flipped, signature);
                default -> Sr25519.verify(flipped, message, signature);
            };
            assertFalse(accepted, "sample " + i + ": flipped bit " + bit + " of " + new String[] {"signature", "message", "public key"}[target]);
        }
    }
}
