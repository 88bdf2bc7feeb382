package io.subnetstorage.auth.bittensor.identity;

/**
 * GF(2^255 - 19) on five 51-bit limbs in a {@code long[5]}, value = Σ x[i]·2^(51·i), in place and allocation-free:
 * curve25519-dalek's u64 backend, with each 128-bit product taken as {@code a*b} and {@link Math#multiplyHigh} (an
 * intrinsic on x86-64). A multiplication is 25 such products, 50 machine multiplications (Java has no one operation
 * for both halves), where Bouncy Castle's ten 25.5-bit limbs take 84 and more additions; with the operands
 * pre-shifted (see {@link #mul}) it measured about 1.5 times as fast, a squaring 1.7 times (FieldBenchmark).
 * Variable time: every value on the verification path is public.
 *
 * <p>Limb bounds, in units of u = 2^51. "Reduced" means every limb is below 2^51 + 2^17 (about 1u): what
 * {@link #mul}, {@link #sqr}, {@link #carry} and {@link #decode} return. {@link #add}, {@link #sub} and
 * {@link #subWide} do not carry: their results' bounds are their inputs' added (plus 2u or 4u for the multiple of
 * p a subtraction adds). {@link #mul} and {@link #sqr} accept inputs whose limb bounds multiply to at most 2^107
 * (32u², e.g. 5u × 6u, or 5.6u squared): each column then sums to below 2^63 after its ×19 wrap (see {@link #mul}),
 * so nothing overflows and no sum needs carrying first. Callers state the bound of every sum they multiply.
 */
final class Field51 {

    static final long MASK = (1L << 51) - 1;
    /** 2p and 4p limb by limb: added before subtracting so that no limb goes negative. */
    private static final long TWO_P_0 = 2 * (MASK - 18);
    private static final long TWO_P = 2 * MASK;
    private static final long FOUR_P_0 = 4 * (MASK - 18);
    private static final long FOUR_P = 4 * MASK;

    private Field51() {
    }

    static long[] create() {
        return new long[5];
    }

    static long[] one() {
        return new long[] {1, 0, 0, 0, 0};
    }

    static void copy(long[] x, long[] out) {
        System.arraycopy(x, 0, out, 0, 5);
    }

    /** a + b without carrying: limb bounds add (two reduced values give 2u). */
    static void add(long[] a, long[] b, long[] out) {
        out[0] = a[0] + b[0];
        out[1] = a[1] + b[1];
        out[2] = a[2] + b[2];
        out[3] = a[3] + b[3];
        out[4] = a[4] + b[4];
    }

    /** a − b as a + 2p − b without carrying; b must be reduced (limbs ≤ 2^52 − 38), the result is a's bound + 2u. */
    static void sub(long[] a, long[] b, long[] out) {
        out[0] = a[0] + TWO_P_0 - b[0];
        out[1] = a[1] + TWO_P - b[1];
        out[2] = a[2] + TWO_P - b[2];
        out[3] = a[3] + TWO_P - b[3];
        out[4] = a[4] + TWO_P - b[4];
    }

    /** a − b as a + 4p − b without carrying, for a b of up to 4u (limbs ≤ 2^53 − 76); the result is a's bound + 4u. */
    static void subWide(long[] a, long[] b, long[] out) {
        out[0] = a[0] + FOUR_P_0 - b[0];
        out[1] = a[1] + FOUR_P - b[1];
        out[2] = a[2] + FOUR_P - b[2];
        out[3] = a[3] + FOUR_P - b[3];
        out[4] = a[4] + FOUR_P - b[4];
    }

    /** −x, reduced; x must be reduced. */
    static void negate(long[] x, long[] out) {
        out[0] = TWO_P_0 - x[0];
        out[1] = TWO_P - x[1];
        out[2] = TWO_P - x[2];
        out[3] = TWO_P - x[3];
        out[4] = TWO_P - x[4];
        carry(out);
    }

    /**
     * Weak reduction of non-negative limbs below 2^63: each limb keeps its low 51 bits plus the carry of the limb
     * below (below 2^12), the top carry wrapping round to limb 0 times 19 (2^255 ≡ 19): reduced, limbs < 2^51 + 2^17.
     * The carries are taken all at once rather than in a chain, which the processor can overlap.
     */
    static void carry(long[] x) {
        long c0 = x[0] >>> 51;
        long c1 = x[1] >>> 51;
        long c2 = x[2] >>> 51;
        long c3 = x[3] >>> 51;
        long c4 = x[4] >>> 51;
        x[0] = (x[0] & MASK) + 19 * c4;
        x[1] = (x[1] & MASK) + c0;
        x[2] = (x[2] & MASK) + c1;
        x[3] = (x[3] & MASK) + c2;
        x[4] = (x[4] & MASK) + c3;
    }

    /**
     * a·b, reduced; {@code out} may be a or b. a's limbs must be below 2^54 (8u), b's below 2^54.7 (13u), and their
     * bounds A, B must satisfy A·B ≤ 2^107. With b's limbs j ≥ 1 premultiplied by 19 (2^255 ≡ 19), column k is the
     * sum of five 128-bit products a[i]·b'[j], i + j ≡ k mod 5. Shifting a left by 9 and b' by 4 (both stay below
     * 2^63) scales each product by 2^13, so its high word, {@link Math#multiplyHigh}, is the product's bits 51 and
     * up, and its low word shifted right by 13 is its low 51 bits: two multiplications and three cheap operations
     * a product. A column's low parts sum to below 5·2^51; its high parts belong to the next column, column 4's to
     * column 0 times 19. Column 0's high parts are at most 77·A·B/2^51 (a0·b0 and four ×19 terms), column 4's times
     * 19 at most 95·A·B/2^51: below 2^62.6 for A·B ≤ 2^107, so every sum fits a long.
     */
    static void mul(long[] a, long[] b, long[] out) {
        long a0 = a[0] << 9, a1 = a[1] << 9, a2 = a[2] << 9, a3 = a[3] << 9, a4 = a[4] << 9;
        long b0 = b[0] << 4, b1 = b[1] << 4, b2 = b[2] << 4, b3 = b[3] << 4, b4 = b[4] << 4;
        long b1t = 19 * b1, b2t = 19 * b2, b3t = 19 * b3, b4t = 19 * b4;
        long l0 = (a0 * b0 >>> 13) + (a1 * b4t >>> 13) + (a2 * b3t >>> 13) + (a3 * b2t >>> 13) + (a4 * b1t >>> 13);
        long h0 = Math.multiplyHigh(a0, b0) + Math.multiplyHigh(a1, b4t) + Math.multiplyHigh(a2, b3t)
                + Math.multiplyHigh(a3, b2t) + Math.multiplyHigh(a4, b1t);
        long l1 = (a0 * b1 >>> 13) + (a1 * b0 >>> 13) + (a2 * b4t >>> 13) + (a3 * b3t >>> 13) + (a4 * b2t >>> 13);
        long h1 = Math.multiplyHigh(a0, b1) + Math.multiplyHigh(a1, b0) + Math.multiplyHigh(a2, b4t)
                + Math.multiplyHigh(a3, b3t) + Math.multiplyHigh(a4, b2t);
        long l2 = (a0 * b2 >>> 13) + (a1 * b1 >>> 13) + (a2 * b0 >>> 13) + (a3 * b4t >>> 13) + (a4 * b3t >>> 13);
        long h2 = Math.multiplyHigh(a0, b2) + Math.multiplyHigh(a1, b1) + Math.multiplyHigh(a2, b0)
                + Math.multiplyHigh(a3, b4t) + Math.multiplyHigh(a4, b3t);
        long l3 = (a0 * b3 >>> 13) + (a1 * b2 >>> 13) + (a2 * b1 >>> 13) + (a3 * b0 >>> 13) + (a4 * b4t >>> 13);
        long h3 = Math.multiplyHigh(a0, b3) + Math.multiplyHigh(a1, b2) + Math.multiplyHigh(a2, b1)
                + Math.multiplyHigh(a3, b0) + Math.multiplyHigh(a4, b4t);
        long l4 = (a0 * b4 >>> 13) + (a1 * b3 >>> 13) + (a2 * b2 >>> 13) + (a3 * b1 >>> 13) + (a4 * b0 >>> 13);
        long h4 = Math.multiplyHigh(a0, b4) + Math.multiplyHigh(a1, b3) + Math.multiplyHigh(a2, b2)
                + Math.multiplyHigh(a3, b1) + Math.multiplyHigh(a4, b0);
        reduce(l0 + 19 * h4, l1 + h0, l2 + h1, l3 + h2, l4 + h3, out);
    }

    /**
     * x², reduced; {@code out} may be x. The columns of {@link #mul}(x, x) with the symmetric products taken once
     * and doubled (15 products instead of 25): the same sums, so the same bound, x's limbs ≤ 2^53.5 (5.6u). The
     * 2^13 scaling is split as 2^8 on the left factors (up to 2·x[i]) and 2^5 on the right (up to 19·x[i]).
     */
    static void sqr(long[] x, long[] out) {
        sqr(x[0], x[1], x[2], x[3], x[4], out);
    }

    /** x^(2^n), reduced, for n ≥ 1; x as for {@link #sqr}. */
    static void sqrN(long[] x, int n, long[] out) {
        sqr(x, out);
        for (int i = 1; i < n; i++) {
            sqr(out[0], out[1], out[2], out[3], out[4], out);
        }
    }

    private static void sqr(long x0, long x1, long x2, long x3, long x4, long[] out) {
        long s0 = x0 << 8, s1 = x1 << 8, s2 = x2 << 8, s3 = x3 << 8, s4 = x4 << 8;
        long t0 = x0 << 9, t1 = x1 << 9, t2 = x2 << 9, t3 = x3 << 9;
        long r0 = x0 << 5, r1 = x1 << 5, r2 = x2 << 5, r3 = x3 << 5, r4 = x4 << 5;
        long r3t = 19 * r3, r4t = 19 * r4;
        long l0 = (s0 * r0 >>> 13) + (t1 * r4t >>> 13) + (t2 * r3t >>> 13);
        long h0 = Math.multiplyHigh(s0, r0) + Math.multiplyHigh(t1, r4t) + Math.multiplyHigh(t2, r3t);
        long l1 = (t0 * r1 >>> 13) + (t2 * r4t >>> 13) + (s3 * r3t >>> 13);
        long h1 = Math.multiplyHigh(t0, r1) + Math.multiplyHigh(t2, r4t) + Math.multiplyHigh(s3, r3t);
        long l2 = (t0 * r2 >>> 13) + (s1 * r1 >>> 13) + (t3 * r4t >>> 13);
        long h2 = Math.multiplyHigh(t0, r2) + Math.multiplyHigh(s1, r1) + Math.multiplyHigh(t3, r4t);
        long l3 = (t0 * r3 >>> 13) + (t1 * r2 >>> 13) + (s4 * r4t >>> 13);
        long h3 = Math.multiplyHigh(t0, r3) + Math.multiplyHigh(t1, r2) + Math.multiplyHigh(s4, r4t);
        long l4 = (t0 * r4 >>> 13) + (t1 * r3 >>> 13) + (s2 * r2 >>> 13);
        long h4 = Math.multiplyHigh(t0, r4) + Math.multiplyHigh(t1, r3) + Math.multiplyHigh(s2, r2);
        reduce(l0 + 19 * h4, l1 + h0, l2 + h1, l3 + h2, l4 + h3, out);
    }

    /** {@link #carry} of five column sums (each below 2^63) into out. */
    private static void reduce(long r0, long r1, long r2, long r3, long r4, long[] out) {
        out[0] = (r0 & MASK) + 19 * (r4 >>> 51);
        out[1] = (r1 & MASK) + (r0 >>> 51);
        out[2] = (r2 & MASK) + (r1 >>> 51);
        out[3] = (r3 & MASK) + (r2 >>> 51);
        out[4] = (r4 & MASK) + (r3 >>> 51);
    }

    /** x reduced to its canonical representative in [0, p), in place; x's limbs must be non-negative, below 2^63. */
    static void normalize(long[] x) {
        carry(x);
        // Now limb 0 < 2^51 + 2^17, the others < 2^51 + 2^12, so x < 2^255 + 2^216 < 2p: x ≥ p iff x + 19 ≥ 2^255,
        // and q, that bit, is found by carrying x + 19 through the limbs.
        long q = (x[0] + 19) >>> 51;
        q = (x[1] + q) >>> 51;
        q = (x[2] + q) >>> 51;
        q = (x[3] + q) >>> 51;
        q = (x[4] + q) >>> 51;
        long x0 = x[0] + 19 * q;
        long x1 = x[1] + (x0 >>> 51);
        long x2 = x[2] + (x1 >>> 51);
        long x3 = x[3] + (x2 >>> 51);
        long x4 = x[4] + (x3 >>> 51);
        x[0] = x0 & MASK;
        x[1] = x1 & MASK;
        x[2] = x2 & MASK;
        x[3] = x3 & MASK;
        x[4] = x4 & MASK; // drops 2^255 when q = 1: x − p = x + 19 − 2^255
    }

    /** The 32-byte little-endian canonical encoding of x. */
    static byte[] encode(long[] x) {
        long[] n = x.clone();
        normalize(n);
        long[] words = {n[0] | n[1] << 51, n[1] >>> 13 | n[2] << 38, n[2] >>> 26 | n[3] << 25, n[3] >>> 39 | n[4] << 12};
        byte[] out = new byte[32];
        for (int i = 0; i < 32; i++) {
            out[i] = (byte) (words[i >>> 3] >>> (8 * (i & 7)));
        }
        return out;
    }

    /** The 255 low bits of 32 little-endian bytes (bit 255 ignored), reduced but not necessarily below p. */
    static void decode(byte[] bytes, long[] out) {
        long[] w = new long[4];
        for (int i = 0; i < 32; i++) {
            w[i >>> 3] |= (bytes[i] & 0xFFL) << (8 * (i & 7));
        }
        out[0] = w[0] & MASK;
        out[1] = (w[0] >>> 51 | w[1] << 13) & MASK;
        out[2] = (w[1] >>> 38 | w[2] << 26) & MASK;
        out[3] = (w[2] >>> 25 | w[3] << 39) & MASK;
        out[4] = (w[3] >>> 12) & MASK;
    }

    static boolean isZero(long[] x) {
        long[] n = x.clone();
        normalize(n);
        return (n[0] | n[1] | n[2] | n[3] | n[4]) == 0;
    }

    /** RFC 9496's IS_NEGATIVE: the canonical value is odd. */
    static boolean isNegative(long[] x) {
        long[] n = x.clone();
        normalize(n);
        return (n[0] & 1) != 0;
    }

    static boolean equal(long[] a, long[] b) {
        long[] d = create();
        long[] nb = b.clone();
        carry(nb);
        sub(a, nb, d);
        return isZero(d);
    }
}
