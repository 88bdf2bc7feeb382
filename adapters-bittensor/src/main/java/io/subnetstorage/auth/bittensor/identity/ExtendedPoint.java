package io.subnetstorage.auth.bittensor.identity;

import static org.bouncycastle.math.ec.rfc7748.X25519Field.add;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.carry;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.create;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.mul;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.sqr;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.sub;

/**
 * A mutable point of the twisted Edwards curve (a = -1) in extended coordinates, on Bouncy Castle's
 * in-place field arithmetic, which allocates nothing per operation. The formulas are curve25519-dalek's
 * (Hisil-Wong-Carter-Dawson). Every sum is carried before it is multiplied again, keeping limbs far
 * from overflow. Variable time: for public inputs only.
 */
final class ExtendedPoint {

    final int[] x = create();
    final int[] y = create();
    final int[] z = create();
    final int[] t = create();

    static ExtendedPoint identity() {
        ExtendedPoint p = new ExtendedPoint();
        p.y[0] = 1;
        p.z[0] = 1;
        return p;
    }

    /**
     * Cached form for additions: (Y+X, Y-X, Z, 2dT); affine when {@code z} is null (Z = 1),
     * which saves a multiplication per addition for the precomputed basepoint table.
     */
    record Niels(int[] yPlusX, int[] yMinusX, int[] z, int[] t2d) {
    }

    Niels toNiels() {
        int[] ypx = create();
        int[] ymx = create();
        int[] t2d = create();
        sum(y, x, ypx);
        diff(y, x, ymx);
        mul(t, FieldConstants.D2, t2d);
        return new Niels(ypx, ymx, z.clone(), t2d);
    }

    Niels toAffineNiels() {
        int[] zInv = create();
        org.bouncycastle.math.ec.rfc7748.X25519Field.invVar(z, zInv);
        int[] ax = create();
        int[] ay = create();
        mul(x, zInv, ax);
        mul(y, zInv, ay);
        int[] ypx = create();
        int[] ymx = create();
        int[] t2d = create();
        sum(ay, ax, ypx);
        diff(ay, ax, ymx);
        mul(ax, ay, t2d);
        mul(t2d, FieldConstants.D2, t2d);
        return new Niels(ypx, ymx, null, t2d);
    }

    /**
     * The "completed" result of a doubling or addition is held in (x, y, z, t) of {@code out} as the
     * P1xP1 coordinates ((X:Z), (Y:T)); {@link #completedToExtended} or {@link #completedToProjective}
     * turns it back into a point.
     */
    void doubleInto(ExtendedPoint out, int[] tmp) {
        sqr(x, out.t);              // XX
        sqr(y, tmp);                // YY
        sum(tmp, out.t, out.y);     // YY + XX
        diff(tmp, out.t, out.z);    // YY - XX
        sum(x, y, tmp);
        sqr(tmp, out.x);
        diff(out.x, out.y, out.x);  // (X+Y)^2 - (YY + XX)
        sqr(z, tmp);
        sum(tmp, tmp, tmp);         // 2ZZ
        diff(tmp, out.z, out.t);
    }

    /** this ± q in P1xP1 form into {@code out}, which must not be this. */
    void addInto(Niels q, boolean subtract, ExtendedPoint out, int[] tmp, int[] tmp2) {
        int[] pp = out.x;
        int[] mm = out.y;
        sum(y, x, pp);
        diff(y, x, mm);
        mul(pp, subtract ? q.yMinusX() : q.yPlusX(), pp);
        mul(mm, subtract ? q.yPlusX() : q.yMinusX(), mm);
        mul(t, q.t2d(), tmp2);
        if (q.z() == null) {
            sum(z, z, tmp);
        } else {
            mul(z, q.z(), tmp);
            sum(tmp, tmp, tmp);
        }
        if (subtract) {
            diff(tmp, tmp2, out.z);
            sum(tmp, tmp2, out.t);
        } else {
            sum(tmp, tmp2, out.z);
            diff(tmp, tmp2, out.t);
        }
        diff(pp, mm, tmp);
        sum(pp, mm, out.y);
        System.arraycopy(tmp, 0, out.x, 0, tmp.length);
    }

    /** P1xP1 (held in this) to extended coordinates in {@code out} (which may not be this). */
    void completedToExtended(ExtendedPoint out) {
        mul(x, t, out.x);
        mul(y, z, out.y);
        mul(z, t, out.z);
        mul(x, y, out.t);
    }

    /** P1xP1 to projective (X:Y:Z) in {@code out}; T is left stale, which doubling never reads. */
    void completedToProjective(ExtendedPoint out) {
        mul(x, t, out.x);
        mul(y, z, out.y);
        mul(z, t, out.z);
    }

    private static void sum(int[] a, int[] b, int[] out) {
        add(a, b, out);
        carry(out);
    }

    private static void diff(int[] a, int[] b, int[] out) {
        sub(a, b, out);
        carry(out);
    }
}
