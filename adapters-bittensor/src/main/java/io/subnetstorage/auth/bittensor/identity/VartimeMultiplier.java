package io.subnetstorage.auth.bittensor.identity;

import cafe.cryptography.curve25519.Constants;

/**
 * The tables of variable-time multiplication on ristretto255 (Straus's method, as curve25519-dalek's
 * vartime_double_scalar_mul_basepoint): width-5 NAF over a point's odd multiples, width-8 NAF over a precomputed
 * affine table of B. {@link HalfSizeCheck} and {@link MultiscalarMultiplier} walk them. All inputs of a signature
 * verification are public, so timing leaks nothing.
 */
final class VartimeMultiplier {

    static final int BASE_WIDTH = 8;
    static final int POINT_WIDTH = 5;
    /** B, 3B, 5B, ..., 127B: the odd multiples a width-8 NAF digit can name. */
    static final ExtendedPoint.Niels[] BASE_TABLE = oddMultiples(basepoint(), 1 << (BASE_WIDTH - 2), true);

    private VartimeMultiplier() {
    }

    static ExtendedPoint.Niels[] oddMultiples(ExtendedPoint p, int count, boolean affine) {
        ExtendedPoint.Niels[] out = new ExtendedPoint.Niels[count];
        long[] tmp = Field51.create();
        long[] tmp2 = Field51.create();
        ExtendedPoint completed = new ExtendedPoint();
        ExtendedPoint twice = new ExtendedPoint();
        p.doubleInto(completed, tmp);
        completed.completedToExtended(twice);
        ExtendedPoint.Niels twiceNiels = twice.toNiels();
        ExtendedPoint current = p;
        for (int i = 0; i < count; i++) {
            out[i] = affine ? current.toAffineNiels() : current.toNiels();
            if (i + 1 < count) {
                current.addInto(twiceNiels, false, completed, tmp, tmp2);
                ExtendedPoint next = new ExtendedPoint();
                completed.completedToExtended(next);
                current = next;
            }
        }
        return out;
    }

    static ExtendedPoint basepoint() {
        ExtendedPoint b = RistrettoCodec.decode(Constants.RISTRETTO_GENERATOR.compress().toByteArray());
        if (b == null) {
            throw new IllegalStateException("cannot decode the ristretto255 generator");
        }
        return b;
    }
}
