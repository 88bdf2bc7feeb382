package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cafe.cryptography.curve25519.Constants;
import cafe.cryptography.curve25519.Scalar;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The limb bounds {@link ExtendedPoint} states for the completed form of a doubling (X ≤ 5u, Y ≤ 2u, Z ≤ 3u,
 * T ≤ 6u) and an addition (3u, 2u, 4u, 4u), u = 2^51, checked on random points: the worst case is argued in the
 * comments; this catches a formula whose bound was misread.
 */
class ExtendedPointBoundsTest {

    private static final double U = Math.pow(2, 51) * (1 + Math.pow(2, -33));

    @Test
    void completedFormsStayWithinTheirStatedBounds() {
        Random random = new Random(51);
        ExtendedPoint completed = new ExtendedPoint();
        long[] tmp = Field51.create();
        long[] tmp2 = Field51.create();
        for (int i = 0; i < 200; i++) {
            byte[] k = new byte[32];
            random.nextBytes(k);
            ExtendedPoint p = RistrettoCodec.decode(Constants.RISTRETTO_GENERATOR_TABLE.multiply(Scalar.fromBytesModOrder(k))
                    .compress().toByteArray());
            p.doubleInto(completed, tmp);
            assertWithin(completed, 5, 2, 3, 6);
            ExtendedPoint q = new ExtendedPoint();
            completed.completedToExtended(q);
            assertWithin(q, 1, 1, 1, 1);
            ExtendedPoint.Niels[] table = i % 2 == 0 ? VartimeMultiplier.BASE_TABLE : HalfSizeCheck.table(p);
            q.addInto(table[random.nextInt(table.length)], random.nextBoolean(), completed, tmp, tmp2);
            assertWithin(completed, 3, 2, 4, 4);
        }
    }

    private static void assertWithin(ExtendedPoint p, int x, int y, int z, int t) {
        long[][] coordinates = {p.x, p.y, p.z, p.t};
        int[] bounds = {x, y, z, t};
        for (int c = 0; c < 4; c++) {
            for (long limb : coordinates[c]) {
                assertTrue(limb >= 0 && limb < bounds[c] * U, "coordinate " + c + " limb " + limb);
            }
        }
    }
}
