package io.subnetstorage.auth.bittensor.identity;

/**
 * The textbook Keccak-f[1600] (FIPS 202's loops, 24 rounds), which the unrolled {@link Keccak} must match: the
 * service's permutation until it was unrolled, kept as the reference. It shares the round constants (iota) with
 * {@link Keccak}; KeccakTest's known answer checks those on their own.
 */
final class KeccakReference {

    private static final int[] ROTATIONS = {
        0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
    };

    private KeccakReference() {
    }

    static void permute(byte[] state) {
        long[] a = new long[25];
        for (int i = 0; i < 25; i++) {
            long lane = 0;
            for (int b = 7; b >= 0; b--) {
                lane = (lane << 8) | (state[8 * i + b] & 0xffL);
            }
            a[i] = lane;
        }
        permute(a);
        for (int i = 0; i < 25; i++) {
            long lane = a[i];
            for (int b = 0; b < 8; b++) {
                state[8 * i + b] = (byte) (lane >>> (8 * b));
            }
        }
    }

    private static final int[] NEXT = {1, 2, 3, 4, 0, 1, 2};
    private static final int[] PI_TARGET = new int[25];

    static {
        for (int x = 0; x < 5; x++) {
            for (int y = 0; y < 5; y++) {
                PI_TARGET[x + 5 * y] = y + 5 * ((2 * x + 3 * y) % 5);
            }
        }
    }

    private static void permute(long[] a) {
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            long c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20];
            long c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21];
            long c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22];
            long c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23];
            long c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24];
            long d0 = c4 ^ Long.rotateLeft(c1, 1);
            long d1 = c0 ^ Long.rotateLeft(c2, 1);
            long d2 = c1 ^ Long.rotateLeft(c3, 1);
            long d3 = c2 ^ Long.rotateLeft(c4, 1);
            long d4 = c3 ^ Long.rotateLeft(c0, 1);
            for (int y = 0; y < 25; y += 5) {
                a[y] ^= d0;
                a[y + 1] ^= d1;
                a[y + 2] ^= d2;
                a[y + 3] ^= d3;
                a[y + 4] ^= d4;
            }
            // rho and pi: lane (x, y) moves to (y, 2x + 3y) after rotating by its offset
            for (int i = 0; i < 25; i++) {
                b[PI_TARGET[i]] = Long.rotateLeft(a[i], ROTATIONS[i]);
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[y + x] = b[y + x] ^ (~b[y + NEXT[x]] & b[y + NEXT[x + 1]]);
                }
            }
            a[0] ^= Keccak.ROUND_CONSTANTS[round];
        }
    }
}
