package io.subnetstorage.auth.bittensor.identity;

/**
 * Splits a challenge k into two half-size integers: c and d with d ≡ c·k (mod l), 0 < |c| < 2^127 and
 * 0 ≤ d < 2^126, by the extended Euclidean algorithm on (l, k) stopped halfway (the remainders r and
 * cofactors t keep r ≡ t·k, and |t| ≤ l / previous r). Verifying R = s·B − k·A as c·R + d·A = (c·s)·B then needs
 * half the doublings (Pornin, "Optimized Lattice Basis Reduction in Dimension 2, and Fast Schnorr and EdDSA
 * Signature Verification", 2020). Fixed-size 256-bit words (two's complement for t) instead of BigInteger,
 * whose allocations cost more than the doublings saved. Variable time: k is public.
 */
final class HalfGcd {

    /** l = 2^252 + 27742317777372353535851937790883648493, little-endian 64-bit words. */
    private static final long[] ORDER = {0x5812631a5cf5d3edL, 0x14def9dea2f79cd6L, 0L, 0x1000000000000000L};
    private static final int HALF_BITS = 126;

    /** The split of one challenge: |c| and d as 32-byte little-endian integers, and the sign of c. */
    record Split(byte[] cMagnitude, boolean cNegative, byte[] d) {
    }

    private HalfGcd() {
    }

    /** {@code k} as 32 little-endian bytes of a value below l. */
    static Split of(byte[] k) {
        long[] r0 = ORDER.clone();
        long[] r1 = words(k);
        long[] t0 = new long[4];
        long[] t1 = {1, 0, 0, 0};
        long[] shifted = new long[4];
        while (bitLength(r1) > HALF_BITS) {
            // r0 := r0 mod r1 and t0 := t0 − q·t1. Most of q comes from the top 63 bits of both (an estimate
            // that never overshoots), the rest, mostly nothing, bit by bit.
            int lengthR0 = bitLength(r0);
            int lengthR1 = bitLength(r1);
            if (lengthR0 - lengthR1 < 62) {
                int shift = Math.max(0, lengthR0 - 63);
                long q = top(r0, shift) / (top(r1, shift) + 1);
                if (q > 0) {
                    subtractMultiple(r0, q, r1);
                    subtractMultiple(t0, q, t1);
                }
            }
            while (compare(r0, r1) >= 0) {
                int shift = bitLength(r0) - lengthR1;
                shiftLeft(r1, shift, shifted);
                if (compare(shifted, r0) > 0) {
                    shift--;
                    shiftLeft(r1, shift, shifted);
                }
                subtract(r0, shifted, r0);
                shiftLeft(t1, shift, shifted);
                subtract(t0, shifted, t0);
            }
            long[] swap = r0;
            r0 = r1;
            r1 = swap;
            swap = t0;
            t0 = t1;
            t1 = swap;
        }
        boolean negative = t1[3] < 0;
        if (negative) {
            subtract(new long[4], t1, t1);
        }
        return new Split(bytes(t1), negative, bytes(r1));
    }

    private static int bitLength(long[] x) {
        for (int i = 3; i >= 0; i--) {
            if (x[i] != 0) {
                return 64 * i + 64 - Long.numberOfLeadingZeros(x[i]);
            }
        }
        return 0;
    }

    private static int compare(long[] a, long[] b) {
        for (int i = 3; i >= 0; i--) {
            if (a[i] != b[i]) {
                return Long.compareUnsigned(a[i], b[i]);
            }
        }
        return 0;
    }

    /** The 64 bits of x from bit {@code shift} up; callers keep x below 2^(shift + 63), so it is non-negative. */
    private static long top(long[] x, int shift) {
        int word = shift >>> 6;
        int bits = shift & 63;
        long low = x[word] >>> bits;
        return bits == 0 || word == 3 ? low : low | (x[word + 1] << (64 - bits));
    }

    /** a − q·b mod 2^256 into a, q in [0, 2^62]: two's complement, so it serves the signed t as well. */
    private static void subtractMultiple(long[] a, long q, long[] b) {
        long carry = 0;
        for (int i = 0; i < 4; i++) {
            long low = q * b[i];
            long high = Math.multiplyHigh(q, b[i]) + ((b[i] >> 63) & q); // unsigned high half (q >= 0)
            long subtrahend = low + carry;
            long overflow = Long.compareUnsigned(subtrahend, low) < 0 ? 1 : 0;
            long borrow = Long.compareUnsigned(a[i], subtrahend) < 0 ? 1 : 0;
            a[i] -= subtrahend;
            carry = high + overflow + borrow;
        }
    }

    /** x·2^shift mod 2^256 into out (not x), shift in [0, 255]. */
    private static void shiftLeft(long[] x, int shift, long[] out) {
        int words = shift >>> 6;
        int bits = shift & 63;
        for (int i = 3; i >= 0; i--) {
            int from = i - words;
            long high = from >= 0 ? x[from] << bits : 0;
            long low = bits != 0 && from >= 1 ? x[from - 1] >>> (64 - bits) : 0;
            out[i] = high | low;
        }
    }

    /** a − b mod 2^256 into out (which may be a). */
    private static void subtract(long[] a, long[] b, long[] out) {
        long borrow = 0;
        for (int i = 0; i < 4; i++) {
            long ai = a[i];
            long diff = ai - b[i] - borrow;
            borrow = (Long.compareUnsigned(ai, b[i]) < 0 || (borrow != 0 && ai == b[i])) ? 1 : 0;
            out[i] = diff;
        }
    }

    private static long[] words(byte[] le) {
        long[] w = new long[4];
        for (int i = 0; i < 32; i++) {
            w[i / 8] |= (le[i] & 0xffL) << (8 * (i % 8));
        }
        return w;
    }

    private static byte[] bytes(long[] w) {
        byte[] le = new byte[32];
        for (int i = 0; i < 32; i++) {
            le[i] = (byte) (w[i / 8] >>> (8 * (i % 8)));
        }
        return le;
    }
}
