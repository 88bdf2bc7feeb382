package io.subnetstorage.auth.bittensor.identity;

/**
 * Width-w non-adjacent form of a scalar below 2^255 (curve25519-dalek's algorithm): odd digits in
 * (-2^(w-1), 2^(w-1)), at least w-1 zeros between non-zero ones, so a w-bit window of odd multiples
 * serves every addition.
 */
final class Wnaf {

    private Wnaf() {
    }

    static byte[] of(byte[] scalarLe, int w) {
        long[] words = new long[5];
        for (int i = 0; i < 32; i++) {
            words[i / 8] |= (scalarLe[i] & 0xffL) << (8 * (i % 8));
        }
        byte[] naf = new byte[256];
        int width = 1 << w;
        long windowMask = width - 1;
        int pos = 0;
        int carry = 0;
        int length = 0;
        for (int i = 3; i >= 0 && length == 0; i--) {
            length = words[i] == 0 ? 0 : 64 * i + 64 - Long.numberOfLeadingZeros(words[i]);
        }
        // Past the scalar's top bit only a carry makes a digit: half-size scalars stop near 128, not 256.
        while (pos < 256 && (pos < length || carry != 0)) {
            int index = pos / 64;
            int bit = pos % 64;
            long buffer = bit < 64 - w
                    ? words[index] >>> bit
                    : (words[index] >>> bit) | (words[index + 1] << (64 - bit));
            int window = carry + (int) (buffer & windowMask);
            if ((window & 1) == 0) {
                pos += 1;
                continue;
            }
            if (window < width / 2) {
                carry = 0;
                naf[pos] = (byte) window;
            } else {
                carry = 1;
                naf[pos] = (byte) (window - width);
            }
            pos += w;
        }
        return naf;
    }

    /** The index of the highest non-zero digit, or -1 for zero. */
    static int highest(byte[] naf) {
        int top = naf.length - 1;
        while (top >= 0 && naf[top] == 0) {
            top--;
        }
        return top;
    }
}
