package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Field51} and {@link FieldPowers} against BigInteger arithmetic mod p: random canonical values, values at
 * and just above p, non-canonical limbs, and limbs at the largest bounds the point formulas may hand to mul and sqr.
 */
class Field51Test {

    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    private static final long U = 1L << 51;
    /** What "reduced" promises: limbs below 2^51 + 2^17. */
    private static final long REDUCED = U + (1L << 17);
    /** The largest limb mul and sqr accept on both sides: its square is 2^107. */
    private static final long SQRT_2_107 = (long) Math.floor(Math.sqrt(Math.pow(2, 107)));
    private final Random random = new Random(25519);

    @Test
    void mulAndSqrMatchBigIntegerOnCanonicalEdgeAndLooseInputs() {
        List<long[]> values = samples();
        for (long[] a : values) {
            for (int j = 0; j < 40; j++) {
                long[] b = values.get(random.nextInt(values.size()));
                long[] out = Field51.create();
                Field51.mul(a, b, out);
                assertReduced(out);
                assertEquals(value(a).multiply(value(b)).mod(P), value(out));
            }
            long[] out = Field51.create();
            Field51.sqr(a, out);
            assertReduced(out);
            assertEquals(value(a).pow(2).mod(P), value(out));
        }
    }

    @Test
    void mulAcceptsLimbBoundsMultiplyingTo2To107() {
        long[] wide = {SQRT_2_107, SQRT_2_107, SQRT_2_107, SQRT_2_107, SQRT_2_107};
        long[] five = filled(5 * REDUCED);
        long[] six = filled(6 * REDUCED);
        long[] out = Field51.create();
        Field51.sqr(wide, out);
        assertReduced(out);
        assertEquals(value(wide).pow(2).mod(P), value(out));
        Field51.mul(wide, wide, out);
        assertEquals(value(wide).pow(2).mod(P), value(out));
        Field51.mul(five, six, out);
        assertReduced(out);
        assertEquals(value(five).multiply(value(six)).mod(P), value(out));
        Field51.sqrN(wide, 3, out);
        assertEquals(value(wide).modPow(BigInteger.valueOf(8), P), value(out));
    }

    @Test
    void addSubNegateAndCarryMatchBigInteger() {
        List<long[]> values = samples();
        for (long[] a : values) {
            long[] b = reducedRandom();
            long[] out = Field51.create();
            Field51.add(a, b, out);
            assertEquals(value(a).add(value(b)).mod(P), value(out));
            Field51.sub(a, b, out);
            assertTrue(nonNegative(out));
            assertEquals(value(a).subtract(value(b)).mod(P), value(out));
            long[] wideB = {4 * U - 76, 4 * U - 4, 3 * U, 4 * U - 4, random.nextLong() & (4 * U - 5)};
            Field51.subWide(a, wideB, out);
            assertTrue(nonNegative(out));
            assertEquals(value(a).subtract(value(wideB)).mod(P), value(out));
            Field51.negate(b, out);
            assertReduced(out);
            assertEquals(value(b).negate().mod(P), value(out));
            long[] c = a.clone();
            Field51.carry(c);
            assertReduced(c);
            assertEquals(value(a), value(c));
        }
    }

    @Test
    void encodesCanonicallyAndDecodesWhatItEncodes() {
        for (long[] a : samples()) {
            byte[] bytes = Field51.encode(a);
            BigInteger expected = value(a);
            assertEquals(expected, unsignedLe(bytes));
            long[] back = Field51.create();
            Field51.decode(bytes, back);
            assertReduced(back);
            assertEquals(expected, value(back));
            assertEquals(expected.signum() == 0, Field51.isZero(a));
            assertEquals(expected.testBit(0), Field51.isNegative(a));
            long[] normal = a.clone();
            Field51.normalize(normal);
            assertEquals(expected, exact(normal));
        }
        byte[] allOnes = new byte[32];
        java.util.Arrays.fill(allOnes, (byte) 0xFF);
        long[] decoded = Field51.create();
        Field51.decode(allOnes, decoded);
        assertEquals(BigInteger.TWO.pow(255).subtract(BigInteger.ONE), exact(decoded)); // bit 255 ignored, not reduced
        assertArrayEquals(le(BigInteger.valueOf(18)), Field51.encode(decoded));
    }

    @Test
    void invertsAndTakesRootsAsBigInteger() {
        BigInteger sqrtM1 = BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);
        int squares = 0;
        for (long[] a : samples()) {
            long[] b = reducedRandom();
            long[] out = Field51.create();
            FieldPowers.invert(a, out);
            BigInteger x = value(a);
            assertEquals(x.signum() == 0 ? BigInteger.ZERO : x.modInverse(P), value(out));
            FieldPowers.pow22523(a, out);
            assertEquals(x.modPow(P.subtract(BigInteger.valueOf(5)).shiftRight(3), P), value(out));
            long[] u = a.clone();
            Field51.carry(u);
            boolean square = FieldPowers.sqrtRatio(u, b, out);
            BigInteger r = value(out);
            BigInteger v = value(b);
            assertTrue(!r.testBit(0), "non-negative root");
            BigInteger vr2 = v.multiply(r).multiply(r).mod(P);
            if (square) {
                squares++;
                assertEquals(x, vr2);
            } else if (v.signum() != 0) {
                assertEquals(x.multiply(sqrtM1).mod(P), vr2);
            }
            boolean expectedSquare = x.signum() == 0 || (v.signum() != 0
                    && x.multiply(v.modInverse(P)).modPow(P.subtract(BigInteger.ONE).shiftRight(1), P).equals(BigInteger.ONE));
            assertEquals(expectedSquare, square);
        }
        assertTrue(squares > 20, "both branches exercised");
        long[] out = Field51.create();
        assertTrue(!FieldPowers.sqrtRatio(Field51.one(), Field51.create(), out));
        assertEquals(BigInteger.ZERO, value(out));
    }

    /** Canonical randoms, 0, 1, p − 1, p, p + 1, 2^255 − 1 and random non-canonical reduced limbs. */
    private List<long[]> samples() {
        List<long[]> out = new ArrayList<>();
        for (BigInteger edge : List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(19), P.subtract(BigInteger.ONE),
                P, P.add(BigInteger.ONE), BigInteger.TWO.pow(255).subtract(BigInteger.ONE), P.shiftRight(1))) {
            out.add(limbs(edge));
        }
        out.add(filled(REDUCED - 1));
        out.add(filled(2 * REDUCED));
        for (int i = 0; i < 150; i++) {
            out.add(limbs(new BigInteger(255, random).mod(P)));
            out.add(reducedRandom());
        }
        return out;
    }

    private long[] reducedRandom() {
        long[] x = new long[5];
        for (int i = 0; i < 5; i++) {
            x[i] = Math.floorMod(random.nextLong(), REDUCED);
        }
        return x;
    }

    private static void assertReduced(long[] x) {
        for (long limb : x) {
            assertTrue(limb >= 0 && limb < REDUCED, () -> "limb out of bound: " + limb);
        }
    }

    private static boolean nonNegative(long[] x) {
        for (long limb : x) {
            if (limb < 0) {
                return false;
            }
        }
        return true;
    }

    private static long[] filled(long limb) {
        return new long[] {limb, limb, limb, limb, limb};
    }

    private static long[] limbs(BigInteger v) {
        long[] x = new long[5];
        for (int i = 0; i < 5; i++) {
            x[i] = v.shiftRight(51 * i).longValue() & Field51.MASK;
        }
        return x;
    }

    private static BigInteger exact(long[] x) {
        BigInteger v = BigInteger.ZERO;
        for (int i = 4; i >= 0; i--) {
            v = v.shiftLeft(51).add(BigInteger.valueOf(x[i]));
        }
        return v;
    }

    private static BigInteger value(long[] x) {
        return exact(x).mod(P);
    }

    private static BigInteger unsignedLe(byte[] bytes) {
        byte[] be = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            be[i] = bytes[bytes.length - 1 - i];
        }
        return new BigInteger(1, be);
    }

    private static byte[] le(BigInteger v) {
        byte[] out = new byte[32];
        for (int i = 0; i < 32; i++) {
            out[i] = v.shiftRight(8 * i).byteValue();
        }
        return out;
    }
}
