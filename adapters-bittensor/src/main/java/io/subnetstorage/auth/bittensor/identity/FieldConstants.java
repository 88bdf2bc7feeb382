package io.subnetstorage.auth.bittensor.identity;

import java.math.BigInteger;

/** Curve25519 constants for ristretto255 as {@link Field51} elements, derived from their definitions rather than copied as hex. */
final class FieldConstants {

    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger D_VALUE =
            BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);

    static final long[] ONE = fe(BigInteger.ONE);
    static final long[] D = fe(D_VALUE);
    static final long[] D2 = fe(D_VALUE.shiftLeft(1).mod(P));
    static final long[] SQRT_M1 = fe(BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P));
    /** 1/sqrt(a - d) with a = -1; its sign does not matter where we use it (the encoding takes |s|). */
    static final long[] INVSQRT_A_MINUS_D = invSqrt(fe(BigInteger.ONE.negate().subtract(D_VALUE).mod(P)));

    private FieldConstants() {
    }

    static long[] fe(BigInteger value) {
        byte[] le = new byte[32];
        for (int i = 0; i < 32; i++) {
            le[i] = value.shiftRight(8 * i).byteValue();
        }
        long[] out = Field51.create();
        Field51.decode(le, out);
        return out;
    }

    private static long[] invSqrt(long[] v) {
        long[] out = Field51.create();
        if (!FieldPowers.sqrtRatio(ONE, v, out)) {
            throw new IllegalStateException("a - d must be a square");
        }
        return out;
    }
}
