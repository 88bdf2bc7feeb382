package io.subnetstorage.auth.bittensor.identity;

import static org.bouncycastle.math.ec.rfc7748.X25519Field.add;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.carry;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.cnegate;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.create;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.mul;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.sqr;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.sub;

import java.util.Arrays;
import org.bouncycastle.math.ec.rfc7748.X25519Field;

/** ristretto255 encoding and decoding (RFC 9496 section 4.3) on {@link ExtendedPoint}; variable time. */
final class RistrettoCodec {

    private RistrettoCodec() {
    }

    /** The point, or null if {@code bytes} is not a canonical ristretto255 encoding. */
    static ExtendedPoint decode(byte[] bytes) {
        if (bytes.length != 32 || (bytes[31] & 0x80) != 0 || (bytes[0] & 1) != 0) {
            return null;
        }
        int[] s = create();
        X25519Field.decode(bytes, 0, s);
        if (!Arrays.equals(encode(s), bytes)) {
            return null; // s >= p
        }
        int[] ss = create();
        sqr(s, ss);
        int[] u1 = create();
        int[] u2 = create();
        sub(FieldConstants.ONE, ss, u1);
        add(FieldConstants.ONE, ss, u2);
        carry(u1);
        carry(u2);
        int[] u2sq = create();
        sqr(u2, u2sq);
        int[] v = create();
        sqr(u1, v);
        mul(v, FieldConstants.D, v);
        add(v, u2sq, v);
        carry(v);
        cnegate(1, v);                           // v = -(d * u1^2) - u2^2
        int[] invSqrt = create();
        int[] tmp = create();
        mul(v, u2sq, tmp);
        if (!X25519Field.sqrtRatioVar(FieldConstants.ONE, tmp, invSqrt)) {
            return null;
        }
        ExtendedPoint p = new ExtendedPoint();
        int[] denX = create();
        mul(invSqrt, u2, denX);
        mul(invSqrt, denX, p.y);
        mul(p.y, v, p.y);                        // den_y
        mul(s, denX, p.x);
        add(p.x, p.x, p.x);
        carry(p.x);
        abs(p.x);
        mul(u1, p.y, p.y);
        p.z[0] = 1;
        mul(p.x, p.y, p.t);
        if (isNegative(p.t) || X25519Field.isZeroVar(normalized(p.y))) {
            return null;
        }
        return p;
    }

    static byte[] encode(ExtendedPoint p) {
        int[] u1 = create();
        int[] u2 = create();
        int[] tmp = create();
        add(p.z, p.y, u1);
        sub(p.z, p.y, tmp);
        carry(u1);
        carry(tmp);
        mul(u1, tmp, u1);
        mul(p.x, p.y, u2);
        sqr(u2, tmp);
        mul(tmp, u1, tmp);
        int[] invSqrt = create();
        sqrtRatioM1(tmp, invSqrt);
        int[] den1 = create();
        int[] den2 = create();
        mul(invSqrt, u1, den1);
        mul(invSqrt, u2, den2);
        int[] zInv = create();
        mul(den1, den2, zInv);
        mul(zInv, p.t, zInv);
        mul(p.t, zInv, tmp);
        boolean rotate = isNegative(tmp);
        int[] x = create();
        int[] y = create();
        int[] denInv = create();
        if (rotate) {
            mul(p.y, FieldConstants.SQRT_M1, x);
            mul(p.x, FieldConstants.SQRT_M1, y);
            mul(den1, FieldConstants.INVSQRT_A_MINUS_D, denInv);
        } else {
            X25519Field.copy(p.x, 0, x, 0);
            X25519Field.copy(p.y, 0, y, 0);
            X25519Field.copy(den2, 0, denInv, 0);
        }
        mul(x, zInv, tmp);
        if (isNegative(tmp)) {
            cnegate(1, y);
        }
        sub(p.z, y, tmp);
        carry(tmp);
        mul(denInv, tmp, tmp);
        abs(tmp);
        return encode(tmp);
    }

    /** 1/sqrt(v), or sqrt(i/v) when v is not a square; which root does not matter to the callers. */
    private static void sqrtRatioM1(int[] v, int[] out) {
        if (!X25519Field.sqrtRatioVar(FieldConstants.ONE, v, out)) {
            X25519Field.sqrtRatioVar(FieldConstants.SQRT_M1, v, out);
        }
    }

    private static void abs(int[] x) {
        if (isNegative(x)) {
            cnegate(1, x);
        }
    }

    private static boolean isNegative(int[] x) {
        return (encode(x)[0] & 1) != 0;
    }

    private static int[] normalized(int[] x) {
        int[] copy = x.clone();
        X25519Field.normalize(copy);
        return copy;
    }

    private static byte[] encode(int[] x) {
        byte[] out = new byte[32];
        X25519Field.encode(normalized(x), out, 0);
        return out;
    }
}
