package io.subnetstorage.auth.bittensor.identity;

import java.util.List;

/**
 * Variable-time Σ cᵢ·Pᵢ + b·B for ristretto255 in one pass (Straus's method, as curve25519-dalek's
 * vartime multiscalar multiplication): one shared chain of 256 doublings, a width-5 NAF table per point
 * and the precomputed width-8 table of B. It is what makes batch verification cheaper than one
 * verification after another. For public inputs only.
 */
final class MultiscalarMultiplier {

    private MultiscalarMultiplier() {
    }

    /** {@code scalars} as 32-byte little-endian values below 2^255, one per point; the points are only read. */
    static ExtendedPoint multiply(List<byte[]> scalars, List<ExtendedPoint> points, byte[] baseScalar) {
        int n = points.size();
        if (scalars.size() != n) {
            throw new IllegalArgumentException("one scalar per point");
        }
        byte[][] nafs = new byte[n][];
        ExtendedPoint.Niels[][] tables = new ExtendedPoint.Niels[n][];
        int top = -1;
        for (int i = 0; i < n; i++) {
            nafs[i] = Wnaf.of(scalars.get(i), VartimeMultiplier.POINT_WIDTH);
            tables[i] = VartimeMultiplier.oddMultiples(points.get(i), 1 << (VartimeMultiplier.POINT_WIDTH - 2), false);
            top = Math.max(top, Wnaf.highest(nafs[i]));
        }
        byte[] baseNaf = Wnaf.of(baseScalar, VartimeMultiplier.BASE_WIDTH);
        top = Math.max(top, Wnaf.highest(baseNaf));
        ExtendedPoint r = ExtendedPoint.identity();
        if (top < 0) {
            return r;
        }
        ExtendedPoint completed = new ExtendedPoint();
        ExtendedPoint extended = new ExtendedPoint();
        long[] tmp = Field51.create();
        long[] tmp2 = Field51.create();
        for (int bit = top; bit >= 0; bit--) {
            r.doubleInto(completed, tmp);
            for (int i = 0; i < n; i++) {
                byte digit = nafs[i][bit];
                if (digit != 0) {
                    completed.completedToExtended(extended);
                    extended.addInto(tables[i][Math.abs(digit) / 2], digit < 0, completed, tmp, tmp2);
                }
            }
            if (baseNaf[bit] != 0) {
                completed.completedToExtended(extended);
                extended.addInto(VartimeMultiplier.BASE_TABLE[Math.abs(baseNaf[bit]) / 2], baseNaf[bit] < 0, completed, tmp, tmp2);
            }
            // Extended coordinates throughout: T is read by the next addition, possibly of the same round.
            completed.completedToExtended(r);
        }
        return r;
    }
}
