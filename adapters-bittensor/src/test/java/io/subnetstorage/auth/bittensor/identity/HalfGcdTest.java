package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The half-size split against BigInteger arithmetic: d ≡ c·k (mod l), both halves short, c never zero. */
class HalfGcdTest {

    private static final BigInteger L = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

    @Test
    void splitsRandomAndEdgeChallengesIntoShortCongruentHalves() {
        Random random = new Random(252);
        List<BigInteger> challenges = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO,
                BigInteger.TWO.pow(126).subtract(BigInteger.ONE), BigInteger.TWO.pow(126), BigInteger.TWO.pow(200),
                L.subtract(BigInteger.ONE), L.shiftRight(1), L.subtract(BigInteger.TWO.pow(126))));
        for (int i = 0; i < 20_000; i++) {
            challenges.add(new BigInteger(253, random).mod(L));
        }
        for (BigInteger k : challenges) {
            HalfGcd.Split split = HalfGcd.of(le(k));
            BigInteger c = unsigned(split.cMagnitude());
            BigInteger signedC = split.cNegative() ? c.negate() : c;
            BigInteger d = unsigned(split.d());
            assertNotEquals(BigInteger.ZERO, c, "c of " + k);
            assertTrue(c.bitLength() <= 127 && d.bitLength() <= 126, "short halves for " + k + ": " + c + ", " + d);
            assertEquals(d.mod(L), signedC.multiply(k).mod(L), "d = c·k mod l for " + k);
        }
    }

    @Test
    void aShortChallengeIsItsOwnSplit() {
        HalfGcd.Split split = HalfGcd.of(le(BigInteger.valueOf(12345)));
        assertEquals(BigInteger.ONE, unsigned(split.cMagnitude()));
        assertEquals(BigInteger.valueOf(12345), unsigned(split.d()));
    }

    private static byte[] le(BigInteger value) {
        byte[] be = value.toByteArray();
        byte[] le = new byte[32];
        for (int i = 0; i < be.length && i < 32; i++) {
            le[i] = be[be.length - 1 - i];
        }
        return le;
    }

    private static BigInteger unsigned(byte[] le) {
        byte[] be = new byte[33];
        for (int i = 0; i < 32; i++) {
            be[32 - i] = le[i];
        }
        return new BigInteger(be);
    }
}
