package io.subnetstorage.auth.bittensor.identity;

import static io.subnetstorage.auth.bittensor.identity.Field51.add;
import static io.subnetstorage.auth.bittensor.identity.Field51.carry;
import static io.subnetstorage.auth.bittensor.identity.Field51.create;
import static io.subnetstorage.auth.bittensor.identity.Field51.isNegative;
import static io.subnetstorage.auth.bittensor.identity.Field51.mul;
import static io.subnetstorage.auth.bittensor.identity.Field51.negate;
import static io.subnetstorage.auth.bittensor.identity.Field51.sqr;
import static io.subnetstorage.auth.bittensor.identity.Field51.sub;

import java.util.Arrays;

/**
 * ristretto255 encoding and decoding (RFC 9496 section 4.3) on {@link ExtendedPoint}; variable time. Once per
 * signature, not per doubling, so every sum and difference is carried at once rather than tracked.
 */
final class RistrettoCodec {

    private RistrettoCodec() {
    }

    /** The point, or null if {@code bytes} is not a canonical ristretto255 encoding. */
    static ExtendedPoint decode(byte[] bytes) {
        if (bytes.length != 32 || (bytes[31] & 0x80) != 0 || (bytes[0] & 1) != 0) {
            return null;
        }
        long[] s = create();
        Field51.decode(bytes, s);
        if (!Arrays.equals(Field51.encode(s), bytes)) {
            return null; // s >= p
        }
        long[] ss = create();
        sqr(s, ss);
        long[] u1 = create();
        long[] u2 = create();
        sub(FieldConstants.ONE, ss, u1);
        add(FieldConstants.ONE, ss, u2);
        carry(u1);
        carry(u2);
        long[] u2sq = create();
        sqr(u2, u2sq);
        long[] v = create();
        sqr(u1, v);
        mul(v, FieldConstants.D, v);
        add(v, u2sq, v);
        carry(v);
        negate(v, v);                            // v = -(d * u1^2) - u2^2
        long[] invSqrt = create();
        long[] tmp = create();
        mul(v, u2sq, tmp);
        if (!FieldPowers.sqrtRatio(FieldConstants.ONE, tmp, invSqrt)) {
            return null;
        }
        ExtendedPoint p = new ExtendedPoint();
        long[] denX = create();
        mul(invSqrt, u2, denX);
        mul(invSqrt, denX, p.y);
        mul(p.y, v, p.y);                        // den_y
        mul(s, denX, p.x);
        add(p.x, p.x, p.x);
        abs(p.x);
        mul(u1, p.y, p.y);
        p.z[0] = 1;
        mul(p.x, p.y, p.t);
        if (isNegative(p.t) || Field51.isZero(p.y)) {
            return null;
        }
        return p;
    }

    /** The encoding of a point in extended coordinates (reduced, as every {@link ExtendedPoint} outside a formula). */
    static byte[] encode(ExtendedPoint p) {
        long[] u1 = create();
        long[] u2 = create();
        long[] tmp = create();
        add(p.z, p.y, u1);
        sub(p.z, p.y, tmp);
        carry(u1);
        carry(tmp);
        mul(u1, tmp, u1);
        mul(p.x, p.y, u2);
        sqr(u2, tmp);
        mul(tmp, u1, tmp);
        long[] invSqrt = create();
        FieldPowers.sqrtRatio(FieldConstants.ONE, tmp, invSqrt); // 1/sqrt(v), or sqrt(i/v): either root serves
        long[] den1 = create();
        long[] den2 = create();
        mul(invSqrt, u1, den1);
        mul(invSqrt, u2, den2);
        long[] zInv = create();
        mul(den1, den2, zInv);
        mul(zInv, p.t, zInv);
        mul(p.t, zInv, tmp);
        boolean rotate = isNegative(tmp);
        long[] x = create();
        long[] y = create();
        long[] denInv = create();
        if (rotate) {
            mul(p.y, FieldConstants.SQRT_M1, x);
            mul(p.x, FieldConstants.SQRT_M1, y);
            mul(den1, FieldConstants.INVSQRT_A_MINUS_D, denInv);
        } else {
            Field51.copy(p.x, x);
            Field51.copy(p.y, y);
            Field51.copy(den2, denInv);
        }
        mul(x, zInv, tmp);
        if (isNegative(tmp)) {
            negate(y, y);
        }
        sub(p.z, y, tmp);
        carry(tmp);
        mul(denInv, tmp, tmp);
        abs(tmp);
        return Field51.encode(tmp);
    }

    /** |x|, reduced, in place; x may be a sum of two reduced values. */
    private static void abs(long[] x) {
        carry(x);
        if (isNegative(x)) {
            negate(x, x);
        }
    }
}
