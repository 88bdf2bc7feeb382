package io.subnetstorage.auth.bittensor.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeccakTest {

    @Test
    void theZeroStatePermutesToTheKnownAnswer() {
        byte[] state = new byte[200];
        Keccak.permute(state);
        ByteBuffer lanes = ByteBuffer.wrap(state).order(ByteOrder.LITTLE_ENDIAN);
        // Keccak-f[1600] of the all-zero state (the Keccak team's KeccakF-1600-IntermediateValues.txt)
        assertEquals(0xF1258F7940E1DDE7L, lanes.getLong(0));
        assertEquals(0x84D5CCF933C0478AL, lanes.getLong(8));
    }

    @Test
    void theUnrolledPermutationMatchesTheTextbookOneOnRandomStates() {
        Random random = new Random(20261130);
        for (int i = 0; i < 1000; i++) {
            byte[] state = new byte[200];
            random.nextBytes(state);
            byte[] expected = state.clone();
            KeccakReference.permute(expected);
            Keccak.permute(state);
            assertArrayEquals(expected, state, "state " + i);
        }
    }
}
