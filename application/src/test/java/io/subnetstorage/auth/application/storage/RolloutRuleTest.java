package io.subnetstorage.auth.application.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.domain.identity.Hotkey;
import org.junit.jupiter.api.Test;

class RolloutRuleTest {

    /**
     * Python: {@code int(hashlib.md5("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY".encode()).hexdigest(), 16) % 100}
     * is 29, and 0 for Bob's address (computed with CPython, independently of this code).
     */
    @Test
    void theBucketIsTheMd5OfTheAddressModuloOneHundredAsPythonComputesIt() {
        assertEquals(29, RolloutRule.bucketOf(Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")));
        assertEquals(0, RolloutRule.bucketOf(Hotkey.of("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty")));
    }

    @Test
    void aMinerReachedAtSomePercentStaysReachedAsItRises() {
        Hotkey miner = Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
        int bucket = RolloutRule.bucketOf(miner);
        assertFalse(RolloutRule.reached(miner, bucket));
        for (int percent = bucket + 1; percent <= 100; percent++) {
            assertTrue(RolloutRule.reached(miner, percent));
        }
        assertFalse(RolloutRule.reached(miner, 0));
    }
}
