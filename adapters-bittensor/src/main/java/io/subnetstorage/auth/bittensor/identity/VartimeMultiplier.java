package io.subnetstorage.auth.bittensor.identity;

import cafe.cryptography.curve25519.Constants;
import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * Variable-time a·P + b·B for ristretto255 (Straus's method with width-5 NAF for P and width-8 NAF over
 * a precomputed affine table of B, as curve25519-dalek's vartime_double_scalar_mul_basepoint). All
 * inputs of a signature verification are public, so timing leaks nothing.
 */
final class VartimeMultiplier {

    static final int BASE_WIDTH = 8;
    static final int POINT_WIDTH = 5;
    /** B, 3B, 5B, ..., 127B: the odd multiples a width-8 NAF digit can name. */
    static final ExtendedPoint.Niels[] BASE_TABLE = oddMultiples(basepoint(), 1 << (BASE_WIDTH - 2), true);

    private VartimeMultiplier() {
    }

    /** a·p + b·B with a, b as 32-byte little-endian scalars below 2^255; p is only read, so it may be shared. */
    static ExtendedPoint multiply(byte[] a, ExtendedPoint p, byte[] b) {
        byte[] aNaf = Wnaf.of(a, POINT_WIDTH);
        byte[] bNaf = Wnaf.of(b, BASE_WIDTH);
        int top = 255;
        while (top >= 0 && aNaf[top] == 0 && bNaf[top] == 0) {
            top--;
        }
        ExtendedPoint.Niels[] table = oddMultiples(p, 1 << (POINT_WIDTH - 2), false);
        ExtendedPoint r = ExtendedPoint.identity();
        ExtendedPoint completed = new ExtendedPoint();
        ExtendedPoint extended = new ExtendedPoint();
        int[] tmp = X25519Field.create();
        int[] tmp2 = X25519Field.create();
        for (int i = top; i >= 0; i--) {
            r.doubleInto(completed, tmp);
            if (aNaf[i] != 0) {
                completed.completedToExtended(extended);
                extended.addInto(table[Math.abs(aNaf[i]) / 2], aNaf[i] < 0, completed, tmp, tmp2);
            }
            if (bNaf[i] != 0) {
                completed.completedToExtended(extended);
                extended.addInto(BASE_TABLE[Math.abs(bNaf[i]) / 2], bNaf[i] < 0, completed, tmp, tmp2);
            }
            completed.completedToProjective(r);
        }
        if (top < 0) {
            return ExtendedPoint.identity();
        }
        completed.completedToExtended(r);
        return r;
    }

    static ExtendedPoint.Niels[] oddMultiples(ExtendedPoint p, int count, boolean affine) {
        ExtendedPoint.Niels[] out = new ExtendedPoint.Niels[count];
        int[] tmp = X25519Field.create();
        int[] tmp2 = X25519Field.create();
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
