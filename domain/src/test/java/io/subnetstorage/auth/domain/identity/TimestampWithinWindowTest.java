package io.subnetstorage.auth.domain.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimestampWithinWindowTest {

    private final TimestampWithinWindow window = TimestampWithinWindow.DEPLOYED;
    private final long now = 1_800_000_000L;

    @Test
    void theEdgesOfTheWindowAreInclusive() {
        assertTrue(window.check(now, now - 300, now + 86_400).allowed());
        assertFalse(window.check(now, now - 301, now + 86_400).allowed());
        assertTrue(window.check(now, now + 60, now + 86_400).allowed());
        assertFalse(window.check(now, now + 61, now + 86_400).allowed());
    }

    @Test
    void anExpiryInThePastRefusesEvenAFreshTimestamp() {
        assertTrue(window.check(now, now, now).allowed());
        assertFalse(window.check(now, now, now - 1).allowed());
    }

    @Test
    void extremeClientValuesDoNotOverflowIntoAcceptance() {
        assertFalse(window.check(now, Long.MIN_VALUE, Long.MAX_VALUE).allowed());
        assertFalse(window.check(now, Long.MAX_VALUE, Long.MAX_VALUE).allowed());
    }
}
