package io.subnetstorage.auth.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrantCacheTest {

    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration MARGIN = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(START);
    private final AtomicInteger fetches = new AtomicInteger();

    private GrantCache cache(Path stateFile, Duration policyLifetime) {
        return new GrantCache(StateFile.load(stateFile), "svc|hotkey", MARGIN, clock, () -> {
            fetches.incrementAndGet();
            Instant now = clock.instant();
            return Grants.response("data/hotkey=x/", URI.create("http://store/b"), now.plus(Duration.ofDays(1)), now.plus(policyLifetime), 1024);
        });
    }

    @Test
    void aGrantIsReusedUntilTheMarginBeforeItExpires() {
        GrantCache cache = cache(dir.resolve("state.json"), Duration.ofHours(24));
        UploadGrant first = cache.current();

        clock.advance(Duration.ofHours(24).minus(MARGIN).minusSeconds(1));
        assertEquals(first.expiresAt(), cache.current().expiresAt());
        assertEquals(1, fetches.get());

        clock.advance(Duration.ofSeconds(1));
        UploadGrant renewed = cache.current();
        assertEquals(2, fetches.get());
        assertEquals(clock.instant().plus(Duration.ofHours(24)), renewed.expiresAt());
    }

    @Test
    void thePolicyExpirationCountsWhenItIsEarlierThanTheExpiryField() {
        GrantCache cache = cache(dir.resolve("state.json"), Duration.ofHours(1));

        assertEquals(START.plus(Duration.ofHours(1)), cache.current().expiresAt());
        clock.advance(Duration.ofMinutes(51));
        cache.current();

        assertEquals(2, fetches.get());
    }

    @Test
    void theGrantSurvivesARestartThroughTheStateFile() {
        Path state = dir.resolve("state.json");
        UploadGrant first = cache(state, Duration.ofHours(24)).current();

        UploadGrant afterRestart = cache(state, Duration.ofHours(24)).current();

        assertEquals(1, fetches.get());
        assertNotSame(first, afterRestart);
        assertEquals(first.fields(), afterRestart.fields());
        assertEquals(1024, afterRestart.minSize());
    }

    @Test
    void anInvalidatedGrantIsFetchedAgain() {
        GrantCache cache = cache(dir.resolve("state.json"), Duration.ofHours(24));
        cache.current();

        cache.invalidate();
        cache.current();

        assertEquals(2, fetches.get());
    }
}
