package io.subnetstorage.auth.bittensor.identity;

import static io.subnetstorage.auth.bittensor.identity.Field51.add;
import static io.subnetstorage.auth.bittensor.identity.Field51.carry;
import static io.subnetstorage.auth.bittensor.identity.Field51.create;
import static io.subnetstorage.auth.bittensor.identity.Field51.mul;
import static io.subnetstorage.auth.bittensor.identity.Field51.sqr;
import static io.subnetstorage.auth.bittensor.identity.Field51.sub;
import static io.subnetstorage.auth.bittensor.identity.Field51.subWide;

/**
 * A mutable point of the twisted Edwards curve (a = -1) in extended coordinates, on {@link Field51}'s in-place
 * arithmetic, which allocates nothing per operation. The formulas are curve25519-dalek's (Hisil-Wong-Carter-Dawson).
 * Variable time: for public inputs only.
 *
 * <p>Limb bounds (u = 2^51, see {@link Field51}): a point in extended or projective form, and every {@link Niels}
 * coordinate, is reduced (1u), being the output of mul or carry. Sums and differences are not carried: a doubling
 * leaves its completed form with X ≤ 5u, Y ≤ 2u, Z ≤ 3u, T ≤ 6u, an addition with X ≤ 3u, Y ≤ 2u, Z ≤ 4u, T ≤ 4u
 * (worked out line by line below), so the products that turn it back into a point are at most 5u × 6u = 30u²,
 * within mul's 32u².
 */
final class ExtendedPoint {

    final long[] x = create();
    final long[] y = create();
    final long[] z = create();
    final long[] t = create();

    static ExtendedPoint identity() {
        ExtendedPoint p = new ExtendedPoint();
        p.y[0] = 1;
        p.z[0] = 1;
        return p;
    }

    /**
     * Cached form for additions: (Y+X, Y-X, Z, 2dT), all reduced; affine when {@code z} is null (Z = 1), which
     * saves a multiplication per addition for the precomputed basepoint table.
     */
    record Niels(long[] yPlusX, long[] yMinusX, long[] z, long[] t2d) {
    }

    Niels toNiels() {
        long[] t2d = create();
        mul(t, FieldConstants.D2, t2d);
        return niels(x, y, z.clone(), t2d);
    }

    Niels toAffineNiels() {
        long[] zInv = create();
        FieldPowers.invert(z, zInv);
        long[] ax = create();
        long[] ay = create();
        mul(x, zInv, ax);
        mul(y, zInv, ay);
        long[] t2d = create();
        mul(ax, ay, t2d);
        mul(t2d, FieldConstants.D2, t2d);
        return niels(ax, ay, null, t2d);
    }

    private static Niels niels(long[] x, long[] y, long[] z, long[] t2d) {
        long[] ypx = create();
        long[] ymx = create();
        add(y, x, ypx);
        sub(y, x, ymx);
        carry(ypx);                 // carried once here, so every addition multiplies by reduced values
        carry(ymx);
        return new Niels(ypx, ymx, z, t2d);
    }

    /**
     * The "completed" result of a doubling or addition is held in (x, y, z, t) of {@code out} as the
     * P1xP1 coordinates ((X:Z), (Y:T)); {@link #completedToExtended} or {@link #completedToProjective}
     * turns it back into a point. This point must be reduced (T is not read).
     */
    void doubleInto(ExtendedPoint out, long[] tmp) {
        sqr(x, out.t);              // XX: 1u
        sqr(y, tmp);                // YY: 1u
        add(tmp, out.t, out.y);     // YY + XX: 2u
        sub(tmp, out.t, out.z);     // YY - XX: 1u + 2u = 3u (XX is reduced, so 2p suffices)
        add(x, y, tmp);             // 2u, squared next (sqr takes up to 5.6u)
        sqr(tmp, out.x);
        subWide(out.x, out.y, out.x); // (X+Y)^2 - (YY + XX): subtracting 2u needs 4p, so 1u + 4u = 5u
        sqr(z, tmp);
        add(tmp, tmp, tmp);         // 2ZZ: 2u
        subWide(tmp, out.z, out.t); // 2ZZ - (YY - XX): subtracting 3u needs 4p, so 2u + 4u = 6u
    }

    /** this ± q in P1xP1 form into {@code out}, which must not be this; this must be reduced. */
    void addInto(Niels q, boolean subtract, ExtendedPoint out, long[] tmp, long[] tmp2) {
        long[] pp = out.x;
        long[] mm = out.y;
        add(y, x, pp);              // 2u
        sub(y, x, mm);              // 3u; both times a reduced Niels coordinate: at most 3u²
        mul(pp, subtract ? q.yMinusX() : q.yPlusX(), pp);
        mul(mm, subtract ? q.yPlusX() : q.yMinusX(), mm);
        mul(t, q.t2d(), tmp2);      // 1u
        if (q.z() == null) {
            add(z, z, tmp);         // 2u
        } else {
            mul(z, q.z(), tmp);
            add(tmp, tmp, tmp);     // 2u
        }
        if (subtract) {
            sub(tmp, tmp2, out.z);  // 2u + 2u = 4u
            add(tmp, tmp2, out.t);  // 3u
        } else {
            add(tmp, tmp2, out.z);  // 3u
            sub(tmp, tmp2, out.t);  // 4u
        }
        sub(pp, mm, tmp);           // 1u + 2u = 3u
        add(pp, mm, out.y);         // 2u
        Field51.copy(tmp, out.x);
    }

    /** P1xP1 (held in this) to extended coordinates in {@code out} (which may not be this), reduced. */
    void completedToExtended(ExtendedPoint out) {
        mul(x, t, out.x);
        mul(y, z, out.y);
        mul(z, t, out.z);
        mul(x, y, out.t);
    }

    /** P1xP1 to projective (X:Y:Z) in {@code out}, reduced; T is left stale, which doubling never reads. */
    void completedToProjective(ExtendedPoint out) {
        mul(x, t, out.x);
        mul(y, z, out.y);
        mul(z, t, out.z);
    }
}
