package io.subnetstorage.auth.bittensor.identity;

import cafe.cryptography.curve25519.Scalar;

/**
 * Whether R = s·B − k·A, as c·R + d·A − e·B = 0 with (c, d) from {@link HalfGcd} and e = c·s mod l: c is
 * invertible mod l and ristretto255 has prime order, so the two equations hold together. c and d have 127
 * bits; e is split as e_lo + 2^128·e_hi over B and a precomputed 2^128·B, so one chain of ~128 doublings
 * serves all four terms where R = s·B − k·A takes ~253. Equality to the identity is ristretto's
 * (X·Y = 0): no encoding, no inverse square root. Variable time: all inputs are public.
 */
final class HalfSizeCheck {

    /** 2^128·B, 3·2^128·B, ..., 127·2^128·B, affine: the high half of e's table. */
    private static final ExtendedPoint.Niels[] HIGH_BASE_TABLE = VartimeMultiplier.oddMultiples(
            highBase(), 1 << (VartimeMultiplier.BASE_WIDTH - 2), true);
    private static final int POINT_TABLE_SIZE = 1 << (VartimeMultiplier.POINT_WIDTH - 2);

    private HalfSizeCheck() {
    }

    /** The odd-multiples table {@link #holds} takes for R and for A; computed once per point and shared. */
    static ExtendedPoint.Niels[] table(ExtendedPoint p) {
        return VartimeMultiplier.oddMultiples(p, POINT_TABLE_SIZE, false);
    }

    /** True iff R = s·B − k·A, with R and A given by their {@link #table}s. */
    static boolean holds(ExtendedPoint.Niels[] rTable, ExtendedPoint.Niels[] aTable, Scalar s, Scalar k) {
        HalfGcd.Split split = HalfGcd.of(k.toByteArray());
        Scalar c = Scalar.fromBytesModOrder(split.cMagnitude());
        byte[] e = (split.cNegative() ? Scalar.ZERO.subtract(c) : c).multiply(s).toByteArray();
        byte[] eLow = new byte[32];
        byte[] eHigh = new byte[32];
        System.arraycopy(e, 0, eLow, 0, 16);
        System.arraycopy(e, 16, eHigh, 0, 16);
        byte[] cNaf = Wnaf.of(split.cMagnitude(), VartimeMultiplier.POINT_WIDTH);
        byte[] dNaf = Wnaf.of(split.d(), VartimeMultiplier.POINT_WIDTH);
        byte[] lowNaf = Wnaf.of(eLow, VartimeMultiplier.BASE_WIDTH);
        byte[] highNaf = Wnaf.of(eHigh, VartimeMultiplier.BASE_WIDTH);
        int top = Math.max(Math.max(Wnaf.highest(cNaf), Wnaf.highest(dNaf)),
                Math.max(Wnaf.highest(lowNaf), Wnaf.highest(highNaf)));
        ExtendedPoint r = ExtendedPoint.identity();
        ExtendedPoint completed = new ExtendedPoint();
        ExtendedPoint extended = new ExtendedPoint();
        long[] tmp = Field51.create();
        long[] tmp2 = Field51.create();
        for (int bit = top; bit >= 0; bit--) {
            r.doubleInto(completed, tmp);
            // c·R with c's sign folded into its digits; e·B subtracted, so its digits' signs are flipped.
            add(completed, extended, rTable, cNaf[bit], split.cNegative(), tmp, tmp2);
            add(completed, extended, aTable, dNaf[bit], false, tmp, tmp2);
            add(completed, extended, VartimeMultiplier.BASE_TABLE, lowNaf[bit], true, tmp, tmp2);
            add(completed, extended, HIGH_BASE_TABLE, highNaf[bit], true, tmp, tmp2);
            completed.completedToProjective(r);
        }
        return Field51.isZero(r.x) || Field51.isZero(r.y);
    }

    private static void add(ExtendedPoint completed, ExtendedPoint extended, ExtendedPoint.Niels[] table, byte digit,
            boolean negate, long[] tmp, long[] tmp2) {
        if (digit != 0) {
            completed.completedToExtended(extended);
            extended.addInto(table[Math.abs(digit) / 2], (digit < 0) != negate, completed, tmp, tmp2);
        }
    }

    private static ExtendedPoint highBase() {
        ExtendedPoint p = VartimeMultiplier.basepoint();
        ExtendedPoint completed = new ExtendedPoint();
        long[] tmp = Field51.create();
        for (int i = 0; i < 128; i++) {
            p.doubleInto(completed, tmp);
            ExtendedPoint next = new ExtendedPoint();
            completed.completedToExtended(next);
            p = next;
        }
        return p;
    }
}
