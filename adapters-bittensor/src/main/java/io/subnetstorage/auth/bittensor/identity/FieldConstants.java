package io.subnetstorage.auth.bittensor.identity;

import java.math.BigInteger;
import org.bouncycastle.math.ec.rfc7748.X25519Field;

/** Curve25519 constants for ristretto255, derived from their definitions rather than copied as hex. */
final class FieldConstants {

    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger D_VALUE =
            BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);

    static final int[] ONE = fe(BigInteger.ONE);
    static final int[] D = fe(D_VALUE);
    static final int[] D2 = fe(D_VALUE.shiftLeft(1).mod(P));
    static final int[] SQRT_M1 = fe(BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P));
    /** 1/sqrt(a - d) with a = -1; its sign does not matter where we use it (the encoding takes |s|). */
    static final int[] INVSQRT_A_MINUS_D = invSqrt(fe(BigInteger.ONE.negate().subtract(D_VALUE).mod(P)));

    private FieldConstants() {
    }

    static int[] fe(BigInteger value) {
        byte[] be = value.toByteArray();
        byte[] le = new byte[32];
        for (int i = 0; i < 32 && i < be.length; i++) {
            le[i] = be[be.length - 1 - i];
        }
        int[] out = X25519Field.create();
        X25519Field.decode(le, 0, out);
        return out;
    }

    private static int[] invSqrt(int[] v) {
        int[] out = X25519Field.create();
        if (!X25519Field.sqrtRatioVar(ONE, v, out)) {
            throw new IllegalStateException("a - d must be a square");
        }
        return out;
    }
}
