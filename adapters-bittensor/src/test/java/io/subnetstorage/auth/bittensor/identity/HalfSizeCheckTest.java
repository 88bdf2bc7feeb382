package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cafe.cryptography.curve25519.Constants;
import cafe.cryptography.curve25519.RistrettoElement;
import cafe.cryptography.curve25519.Scalar;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The half-size check against the full-length equation it replaces (encode(s·B − k·A) == R, as the
 * verifier computed it before, and as curve25519-elisabeth computes it): equal answers on equations that
 * hold, on ones off by one point, and on random R.
 */
class HalfSizeCheckTest {

    private final Random random = new Random(128);

    @Test
    void holdsExactlyWhenTheFullLengthEquationHolds() {
        int held = 0;
        for (int i = 0; i < 600; i++) {
            RistrettoElement a = Constants.RISTRETTO_GENERATOR_TABLE.multiply(randomScalar());
            Scalar s = i % 50 == 0 ? Scalar.ZERO : randomScalar();
            Scalar k = i % 40 == 1 ? Scalar.ZERO : i % 40 == 2 ? Scalar.ONE : randomScalar();
            RistrettoElement exact = Constants.RISTRETTO_GENERATOR_TABLE.multiply(s).subtract(a.multiply(k));
            RistrettoElement r = switch (i % 3) {
                case 0 -> exact;
                case 1 -> exact.add(Constants.RISTRETTO_GENERATOR);
                default -> Constants.RISTRETTO_GENERATOR_TABLE.multiply(randomScalar());
            };
            byte[] rBytes = r.compress().toByteArray();
            ExtendedPoint aPoint = RistrettoCodec.decode(a.compress().toByteArray());
            boolean fullLength = Arrays.equals(rBytes,
                    RistrettoCodec.encode(DoubleScalarReference.multiply(Scalar.ZERO.subtract(k).toByteArray(), aPoint, s.toByteArray())));
            assertEquals(i % 3 == 0, fullLength, "the reference itself, case " + i);
            boolean halfSize = HalfSizeCheck.holds(HalfSizeCheck.table(RistrettoCodec.decode(rBytes)), HalfSizeCheck.table(aPoint), s, k);
            assertEquals(fullLength, halfSize, "case " + i);
            held += halfSize ? 1 : 0;
        }
        assertEquals(200, held);
    }

    @Test
    void theIdentityAsRIsCheckedLikeAnyOtherPoint() {
        Scalar a = randomScalar();
        Scalar k = randomScalar();
        Scalar s = k.multiply(a); // s·B − k·(a·B) = 0
        ExtendedPoint aPoint = RistrettoCodec.decode(Constants.RISTRETTO_GENERATOR_TABLE.multiply(a).compress().toByteArray());
        ExtendedPoint identity = RistrettoCodec.decode(new byte[32]);
        assertTrue(HalfSizeCheck.holds(HalfSizeCheck.table(identity), HalfSizeCheck.table(aPoint), s, k));
        assertFalse(HalfSizeCheck.holds(HalfSizeCheck.table(identity), HalfSizeCheck.table(aPoint), s.add(Scalar.ONE), k));
    }

    private Scalar randomScalar() {
        byte[] wide = new byte[64];
        random.nextBytes(wide);
        return Scalar.fromBytesModOrderWide(wide);
    }
}
