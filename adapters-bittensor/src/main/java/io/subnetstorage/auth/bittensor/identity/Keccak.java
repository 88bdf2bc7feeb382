package io.subnetstorage.auth.bittensor.identity;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Keccak-f[1600] over a 200-byte state, the permutation under STROBE-128; Bouncy Castle keeps its own private.
 * Every verification runs it about three times, so the 25 lanes live in local variables and the rounds are
 * unrolled (the layout of Bouncy Castle's KeccakDigest); lanes are read and written little-endian straight from the
 * state. Checked against the textbook loops of FIPS 202 in the tests.
 */
final class Keccak {

    private static final VarHandle LANE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Iota's constant of each round (FIPS 202); also read by the tests' textbook permutation. */
    static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };

    private Keccak() {
    }

    static void permute(byte[] state) {
        long a00 = (long) LANE.get(state, 0);
        long a01 = (long) LANE.get(state, 8);
        long a02 = (long) LANE.get(state, 16);
        long a03 = (long) LANE.get(state, 24);
        long a04 = (long) LANE.get(state, 32);
        long a05 = (long) LANE.get(state, 40);
        long a06 = (long) LANE.get(state, 48);
        long a07 = (long) LANE.get(state, 56);
        long a08 = (long) LANE.get(state, 64);
        long a09 = (long) LANE.get(state, 72);
        long a10 = (long) LANE.get(state, 80);
        long a11 = (long) LANE.get(state, 88);
        long a12 = (long) LANE.get(state, 96);
        long a13 = (long) LANE.get(state, 104);
        long a14 = (long) LANE.get(state, 112);
        long a15 = (long) LANE.get(state, 120);
        long a16 = (long) LANE.get(state, 128);
        long a17 = (long) LANE.get(state, 136);
        long a18 = (long) LANE.get(state, 144);
        long a19 = (long) LANE.get(state, 152);
        long a20 = (long) LANE.get(state, 160);
        long a21 = (long) LANE.get(state, 168);
        long a22 = (long) LANE.get(state, 176);
        long a23 = (long) LANE.get(state, 184);
        long a24 = (long) LANE.get(state, 192);
        for (int round = 0; round < 24; round++) {
            // theta: each column's parity, mixed into its two neighbours
            long c0 = a00 ^ a05 ^ a10 ^ a15 ^ a20;
            long c1 = a01 ^ a06 ^ a11 ^ a16 ^ a21;
            long c2 = a02 ^ a07 ^ a12 ^ a17 ^ a22;
            long c3 = a03 ^ a08 ^ a13 ^ a18 ^ a23;
            long c4 = a04 ^ a09 ^ a14 ^ a19 ^ a24;
            long d0 = c4 ^ (Long.rotateLeft(c1, 1));
            long d1 = c0 ^ (Long.rotateLeft(c2, 1));
            long d2 = c1 ^ (Long.rotateLeft(c3, 1));
            long d3 = c2 ^ (Long.rotateLeft(c4, 1));
            long d4 = c3 ^ (Long.rotateLeft(c0, 1));
            a00 ^= d0; a05 ^= d0; a10 ^= d0; a15 ^= d0; a20 ^= d0;
            a01 ^= d1; a06 ^= d1; a11 ^= d1; a16 ^= d1; a21 ^= d1;
            a02 ^= d2; a07 ^= d2; a12 ^= d2; a17 ^= d2; a22 ^= d2;
            a03 ^= d3; a08 ^= d3; a13 ^= d3; a18 ^= d3; a23 ^= d3;
            a04 ^= d4; a09 ^= d4; a14 ^= d4; a19 ^= d4; a24 ^= d4;
            // rho and pi: lane (x, y) moves to (y, 2x + 3y), rotated by its offset, one cycle through the lanes
            long moved = Long.rotateLeft(a01, 1);
            a01 = Long.rotateLeft(a06, 44);
            a06 = Long.rotateLeft(a09, 20);
            a09 = Long.rotateLeft(a22, 61);
            a22 = Long.rotateLeft(a14, 39);
            a14 = Long.rotateLeft(a20, 18);
            a20 = Long.rotateLeft(a02, 62);
            a02 = Long.rotateLeft(a12, 43);
            a12 = Long.rotateLeft(a13, 25);
            a13 = Long.rotateLeft(a19, 8);
            a19 = Long.rotateLeft(a23, 56);
            a23 = Long.rotateLeft(a15, 41);
            a15 = Long.rotateLeft(a04, 27);
            a04 = Long.rotateLeft(a24, 14);
            a24 = Long.rotateLeft(a21, 2);
            a21 = Long.rotateLeft(a08, 55);
            a08 = Long.rotateLeft(a16, 45);
            a16 = Long.rotateLeft(a05, 36);
            a05 = Long.rotateLeft(a03, 28);
            a03 = Long.rotateLeft(a18, 21);
            a18 = Long.rotateLeft(a17, 15);
            a17 = Long.rotateLeft(a11, 10);
            a11 = Long.rotateLeft(a07, 6);
            a07 = Long.rotateLeft(a10, 3);
            a10 = moved;
            // chi, row by row; iota
            c0 = a00 ^ (~a01 & a02);
            c1 = a01 ^ (~a02 & a03);
            a02 ^= ~a03 & a04;
            a03 ^= ~a04 & a00;
            a04 ^= ~a00 & a01;
            a00 = c0;
            a01 = c1;
            c0 = a05 ^ (~a06 & a07);
            c1 = a06 ^ (~a07 & a08);
            a07 ^= ~a08 & a09;
            a08 ^= ~a09 & a05;
            a09 ^= ~a05 & a06;
            a05 = c0;
            a06 = c1;
            c0 = a10 ^ (~a11 & a12);
            c1 = a11 ^ (~a12 & a13);
            a12 ^= ~a13 & a14;
            a13 ^= ~a14 & a10;
            a14 ^= ~a10 & a11;
            a10 = c0;
            a11 = c1;
            c0 = a15 ^ (~a16 & a17);
            c1 = a16 ^ (~a17 & a18);
            a17 ^= ~a18 & a19;
            a18 ^= ~a19 & a15;
            a19 ^= ~a15 & a16;
            a15 = c0;
            a16 = c1;
            c0 = a20 ^ (~a21 & a22);
            c1 = a21 ^ (~a22 & a23);
            a22 ^= ~a23 & a24;
            a23 ^= ~a24 & a20;
            a24 ^= ~a20 & a21;
            a20 = c0;
            a21 = c1;
            a00 ^= ROUND_CONSTANTS[round];
        }
        LANE.set(state, 0, a00);
        LANE.set(state, 8, a01);
        LANE.set(state, 16, a02);
        LANE.set(state, 24, a03);
        LANE.set(state, 32, a04);
        LANE.set(state, 40, a05);
        LANE.set(state, 48, a06);
        LANE.set(state, 56, a07);
        LANE.set(state, 64, a08);
        LANE.set(state, 72, a09);
        LANE.set(state, 80, a10);
        LANE.set(state, 88, a11);
        LANE.set(state, 96, a12);
        LANE.set(state, 104, a13);
        LANE.set(state, 112, a14);
        LANE.set(state, 120, a15);
        LANE.set(state, 128, a16);
        LANE.set(state, 136, a17);
        LANE.set(state, 144, a18);
        LANE.set(state, 152, a19);
        LANE.set(state, 160, a20);
        LANE.set(state, 168, a21);
        LANE.set(state, 176, a22);
        LANE.set(state, 184, a23);
        LANE.set(state, 192, a24);
    }
}
