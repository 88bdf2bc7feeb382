package io.subnetstorage.auth.bittensor.identity;

import static io.subnetstorage.auth.bittensor.identity.Field51.create;
import static io.subnetstorage.auth.bittensor.identity.Field51.mul;
import static io.subnetstorage.auth.bittensor.identity.Field51.sqr;
import static io.subnetstorage.auth.bittensor.identity.Field51.sqrN;

/**
 * The exponentiations of {@link Field51}: inversion, x^((p − 5)/8) and RFC 9496's SQRT_RATIO_M1, by curve25519-dalek's
 * addition chain (254 squarings, 11 or 12 multiplications). Inputs are taken reduced; results are reduced.
 */
final class FieldPowers {

    private FieldPowers() {
    }

    /** 1/x (0 for 0) as x^(p − 2) = (x^(2^250 − 1))^(2^5) · x^11. */
    static void invert(long[] x, long[] out) {
        long[] x11 = create();
        long[] t = pow22501(x, x11);
        sqrN(t, 5, t);
        mul(t, x11, out);
    }

    /** x^((p − 5)/8) = x^(2^252 − 3) = (x^(2^250 − 1))^4 · x. */
    static void pow22523(long[] x, long[] out) {
        long[] t = pow22501(x, create());
        sqrN(t, 2, t);
        mul(t, x, out);
    }

    /**
     * RFC 9496 SQRT_RATIO_M1: true and the non-negative sqrt(u/v) when u/v is a square, else false and the
     * non-negative sqrt(i·u/v) (i = sqrt(−1)); false and 0 when v = 0 and u ≠ 0. u and v must be reduced.
     */
    static boolean sqrtRatio(long[] u, long[] v, long[] out) {
        long[] v3 = create();
        sqr(v, v3);
        mul(v3, v, v3);
        long[] v7 = create();
        sqr(v3, v7);
        mul(v7, v, v7);
        long[] r = create();
        mul(u, v7, r);
        pow22523(r, r);
        mul(r, v3, r);
        mul(r, u, r);                            // r = u·v³·(u·v⁷)^((p−5)/8)
        long[] check = create();
        sqr(r, check);
        mul(check, v, check);                    // v·r²
        long[] minusU = create();
        Field51.negate(u, minusU);
        long[] minusUi = create();
        mul(minusU, FieldConstants.SQRT_M1, minusUi);
        boolean correctSign = Field51.equal(check, u);
        boolean flippedSign = Field51.equal(check, minusU);
        if (flippedSign || Field51.equal(check, minusUi)) {
            mul(r, FieldConstants.SQRT_M1, r);
        }
        if (Field51.isNegative(r)) {
            Field51.negate(r, r);
        }
        Field51.copy(r, out);
        return correctSign || flippedSign;
    }

    /** x^(2^250 − 1), and x^11 into {@code x11} (which inversion needs). */
    private static long[] pow22501(long[] x, long[] x11) {
        long[] t0 = create();
        sqr(x, t0);                              // x^2
        long[] t1 = create();
        sqrN(t0, 2, t1);                         // x^8
        long[] t2 = create();
        mul(x, t1, t2);                          // x^9
        mul(t0, t2, x11);                        // x^11
        long[] t5 = create();
        sqr(x11, t5);                            // x^22
        mul(t2, t5, t5);                         // x^31 = x^(2^5 − 1)
        long[] t7 = create();
        sqrN(t5, 5, t7);
        mul(t7, t5, t7);                         // x^(2^10 − 1)
        long[] t9 = create();
        sqrN(t7, 10, t9);
        mul(t9, t7, t9);                         // x^(2^20 − 1)
        long[] t = create();
        sqrN(t9, 20, t);
        mul(t, t9, t);                           // x^(2^40 − 1)
        sqrN(t, 10, t);
        long[] t13 = create();
        mul(t, t7, t13);                         // x^(2^50 − 1)
        sqrN(t13, 50, t);
        long[] t15 = create();
        mul(t, t13, t15);                        // x^(2^100 − 1)
        sqrN(t15, 100, t);
        mul(t, t15, t);                          // x^(2^200 − 1)
        sqrN(t, 50, t);
        mul(t, t13, t);                          // x^(2^250 − 1)
        return t;
    }
}
