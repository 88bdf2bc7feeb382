package io.subnetstorage.auth.bittensor.identity;


/**
 * a·P + b·B with full-length scalars, as verification computed s·B − k·A before {@link HalfSizeCheck}: kept as the
 * reference the half-size check is tested against, and itself tested against curve25519-elisabeth.
 */
final class DoubleScalarReference {

    private DoubleScalarReference() {
    }

    /** a·p + b·B with a, b as 32-byte little-endian scalars below 2^255; p is only read, so it may be shared. */
    static ExtendedPoint multiply(byte[] a, ExtendedPoint p, byte[] b) {
        byte[] aNaf = Wnaf.of(a, VartimeMultiplier.POINT_WIDTH);
        byte[] bNaf = Wnaf.of(b, VartimeMultiplier.BASE_WIDTH);
        int top = 255;
        while (top >= 0 && aNaf[top] == 0 && bNaf[top] == 0) {
            top--;
        }
        ExtendedPoint.Niels[] table = VartimeMultiplier.oddMultiples(p, 1 << (VartimeMultiplier.POINT_WIDTH - 2), false);
        ExtendedPoint r = ExtendedPoint.identity();
        ExtendedPoint completed = new ExtendedPoint();
        ExtendedPoint extended = new ExtendedPoint();
        long[] tmp = Field51.create();
        long[] tmp2 = Field51.create();
        for (int i = top; i >= 0; i--) {
            r.doubleInto(completed, tmp);
            if (aNaf[i] != 0) {
                completed.completedToExtended(extended);
                extended.addInto(table[Math.abs(aNaf[i]) / 2], aNaf[i] < 0, completed, tmp, tmp2);
            }
            if (bNaf[i] != 0) {
                completed.completedToExtended(extended);
                extended.addInto(VartimeMultiplier.BASE_TABLE[Math.abs(bNaf[i]) / 2], bNaf[i] < 0, completed, tmp, tmp2);
            }
            completed.completedToProjective(r);
        }
        if (top < 0) {
            return ExtendedPoint.identity();
        }
        completed.completedToExtended(r);
        return r;
    }
}
