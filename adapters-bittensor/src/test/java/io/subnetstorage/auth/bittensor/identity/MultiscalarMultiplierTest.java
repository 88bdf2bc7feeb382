package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import cafe.cryptography.curve25519.Constants;
import cafe.cryptography.curve25519.RistrettoElement;
import cafe.cryptography.curve25519.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Σ cᵢ·Pᵢ + b·B in one pass against curve25519-elisabeth's term-by-term sum, short scalars and repeated points included. */
class MultiscalarMultiplierTest {

    private final Random random = new Random(46);

    private Scalar scalar(int bytes) {
        byte[] value = new byte[64];
        byte[] low = new byte[bytes];
        random.nextBytes(low);
        System.arraycopy(low, 0, value, 0, bytes);
        return Scalar.fromBytesModOrderWide(value);
    }

    @Test
    void matchesTheSumOfSingleMultiplications() {
        for (int round = 0; round < 20; round++) {
            int n = 1 + random.nextInt(12);
            List<byte[]> scalars = new ArrayList<>();
            List<ExtendedPoint> points = new ArrayList<>();
            Scalar b = scalar(32);
            RistrettoElement expected = Constants.RISTRETTO_GENERATOR_TABLE.multiply(b);
            RistrettoElement shared = Constants.RISTRETTO_GENERATOR_TABLE.multiply(scalar(32));
            for (int i = 0; i < n; i++) {
                Scalar c = scalar(i % 2 == 0 ? 16 : 32); // batch weights are 128 bits, key coefficients full size
                RistrettoElement p = i % 3 == 0 ? shared : Constants.RISTRETTO_GENERATOR_TABLE.multiply(scalar(32));
                scalars.add(c.toByteArray());
                points.add(RistrettoCodec.decode(p.compress().toByteArray()));
                expected = expected.add(p.multiply(c));
            }
            byte[] ours = RistrettoCodec.encode(MultiscalarMultiplier.multiply(scalars, points, b.toByteArray()));
            assertArrayEquals(expected.compress().toByteArray(), ours, "round " + round);
        }
    }

    @Test
    void allZeroIsTheIdentity() {
        ExtendedPoint g = RistrettoCodec.decode(Constants.RISTRETTO_GENERATOR.compress().toByteArray());
        assertArrayEquals(new byte[32], RistrettoCodec.encode(MultiscalarMultiplier.multiply(List.of(new byte[32]), List.of(g), new byte[32])));
    }
}
