package io.subnetstorage.auth.application.inprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.subnetstorage.auth.domain.replay.ReplayClaim;
import io.subnetstorage.auth.domain.replay.ReplayKey;
import io.subnetstorage.auth.domain.replay.ReplayVerdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InProcessReplayGuardTest {

    private static final Instant WINDOW_END = Instant.parse("2026-11-30T12:05:01Z");
    private final InProcessReplayGuard guard = new InProcessReplayGuard();

    private ReplayVerdict claim(String key, Instant now) {
        return guard.claim(new ReplayClaim.SingleUse(new ReplayKey(key), WINDOW_END), now);
    }

    /**
     * Issue 12 item 7: the store judged expiry by its own clock with no margin, so a request admitted by a
     * gate whose clock lags could be replayed at the window's last second. It now uses the gate's time and
     * keeps keys a margin past the window, as the Redis store does.
     */
    @Test
    void aKeyIsHeldByTheGatesClockAndAMarginPastItsWindow() {
        assertEquals(ReplayVerdict.FIRST_USE, claim("replay:aa", WINDOW_END.minusSeconds(1)));
        assertEquals(ReplayVerdict.REPLAYED, claim("replay:aa", WINDOW_END));
        assertEquals(ReplayVerdict.REPLAYED, claim("replay:aa", WINDOW_END.plus(InProcessReplayGuard.KEEP_MARGIN)));
        assertEquals(ReplayVerdict.FIRST_USE, claim("replay:aa", WINDOW_END.plus(InProcessReplayGuard.KEEP_MARGIN).plusSeconds(1)));
    }

    @Test
    void listingPagesAreEachSingleUseAndCapped() {
        ReplayKey signature = new ReplayKey("replay:bb");
        Instant now = WINDOW_END.minusSeconds(60);
        for (int page = 0; page < 3; page++) {
            assertEquals(ReplayVerdict.FIRST_USE, guard.claim(new ReplayClaim.ListingPage(signature, "t" + page, WINDOW_END, 3), now));
        }
        assertEquals(ReplayVerdict.REPLAYED, guard.claim(new ReplayClaim.ListingPage(signature, "t1", WINDOW_END, 3), now));
        assertEquals(ReplayVerdict.PAGE_LIMIT_REACHED, guard.claim(new ReplayClaim.ListingPage(signature, "t9", WINDOW_END, 3), now));
        assertEquals(ReplayVerdict.REPLAYED, guard.claim(new ReplayClaim.SingleUse(signature, WINDOW_END), now),
                "a listing signature is spent for every other endpoint");
    }
}
