package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cafe.cryptography.curve25519.CompressedRistretto;
import cafe.cryptography.curve25519.Constants;
import cafe.cryptography.curve25519.InvalidEncodingException;
import cafe.cryptography.curve25519.RistrettoElement;
import cafe.cryptography.curve25519.Scalar;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Our Bouncy-Castle-field ristretto code against curve25519-elisabeth's, on random inputs. */
class VartimeMultiplierTest {

    private final Random random = new Random(13);

    @Test
    void doubleScalarMultiplicationMatchesElisabeth() {
        for (int i = 0; i < 200; i++) {
            Scalar a = randomScalar();
            Scalar b = randomScalar();
            RistrettoElement p = Constants.RISTRETTO_GENERATOR_TABLE.multiply(randomScalar());
            ExtendedPoint decoded = RistrettoCodec.decode(p.compress().toByteArray());
            byte[] ours = RistrettoCodec.encode(DoubleScalarReference.multiply(a.toByteArray(), decoded, b.toByteArray()));
            byte[] theirs = p.multiply(a).add(Constants.RISTRETTO_GENERATOR_TABLE.multiply(b)).compress().toByteArray();
            assertArrayEquals(theirs, ours, "case " + i);
        }
    }

    @Test
    void zeroScalarsGiveTheIdentity() {
        ExtendedPoint g = RistrettoCodec.decode(Constants.RISTRETTO_GENERATOR.compress().toByteArray());
        byte[] zero = new byte[32];
        assertArrayEquals(new byte[32], RistrettoCodec.encode(DoubleScalarReference.multiply(zero, g, zero)));
    }

    @Test
    void decodingAcceptsAndRejectsExactlyWhatElisabethDoes() {
        int valid = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            if (i % 3 == 0) {
                bytes = Constants.RISTRETTO_GENERATOR_TABLE.multiply(randomScalar()).compress().toByteArray();
            } else if (i % 3 == 1) {
                bytes[0] &= (byte) 0xfe;
                bytes[31] &= 0x7f;
            }
            ExtendedPoint ours = RistrettoCodec.decode(bytes);
            boolean theirs;
            try {
                new CompressedRistretto(bytes).decompress();
                theirs = true;
            } catch (InvalidEncodingException e) {
                theirs = false;
            }
            assertEquals(theirs, ours != null, "case " + i);
            if (ours != null) {
                assertArrayEquals(bytes, RistrettoCodec.encode(ours), "re-encoding, case " + i);
                valid++;
            }
        }
        assertTrue(valid > 1000);
    }

    @Test
    void nonCanonicalFieldEncodingsAreRejected() {
        byte[] p = new byte[32]; // 2^255 - 18 = p + 1: one, written non-canonically (and even)
        p[0] = (byte) 0xee;
        for (int i = 1; i < 31; i++) {
            p[i] = (byte) 0xff;
        }
        p[31] = 0x7f;
        assertNull(RistrettoCodec.decode(p));
    }

    private Scalar randomScalar() {
        byte[] wide = new byte[64];
        random.nextBytes(wide);
        return Scalar.fromBytesModOrderWide(wide);
    }
}
