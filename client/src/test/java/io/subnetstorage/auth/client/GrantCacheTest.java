package io.subnetstorage.auth.client;

import io.subnetstorage.auth.application.service.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrantCacheTest {

    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration MARGIN = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(START);

    private GrantCache cache(Path stateFile) {
        return new GrantCache(StateFile.load(stateFile), "svc|hotkey", MARGIN, clock);
    }

    private UploadGrant storeFresh(GrantCache cache, Duration policyLifetime) {
        Instant now = clock.instant();
        return cache.store(Grants.response("data/hotkey=x/", URI.create("http://store/b"), now.plus(Duration.ofDays(1)),
                now.plus(policyLifetime), 1024));
    }

    @Test
    void aGrantIsReusedUntilTheMarginBeforeItExpires() {
        GrantCache cache = cache(dir.resolve("state.json"));
        UploadGrant first = storeFresh(cache, Duration.ofHours(24));

        clock.advance(Duration.ofHours(24).minus(MARGIN).minusSeconds(1));
        assertEquals(first.expiresAt(), cache.cached().orElseThrow().expiresAt());

        clock.advance(Duration.ofSeconds(1));
        assertTrue(cache.cached().isEmpty());
    }

    @Test
    void thePolicyExpirationCountsWhenItIsEarlierThanTheExpiryField() {
        GrantCache cache = cache(dir.resolve("state.json"));

        assertEquals(START.plus(Duration.ofHours(1)), storeFresh(cache, Duration.ofHours(1)).expiresAt());
        clock.advance(Duration.ofMinutes(51));

        assertTrue(cache.cached().isEmpty());
    }

    @Test
    void theGrantSurvivesARestartThroughTheStateFile() {
        Path state = dir.resolve("state.json");
        UploadGrant first = storeFresh(cache(state), Duration.ofHours(24));

        UploadGrant afterRestart = cache(state).cached().orElseThrow();

        assertNotSame(first, afterRestart);
        assertEquals(first.fields(), afterRestart.fields());
        assertEquals(1024, afterRestart.minSize());
    }

    @Test
    void anInvalidatedGrantIsGone() {
        GrantCache cache = cache(dir.resolve("state.json"));
        storeFresh(cache, Duration.ofHours(24));

        cache.invalidate();

        assertTrue(cache.cached().isEmpty());
    }

    @Test
    void aPutAnswerIsNeverTakenForAFolderForm() {
        Path state = dir.resolve("state.json");
        ObjectNode put = (ObjectNode) Grants.response("data/hotkey=x/", URI.create("http://store/b"), START.plus(Duration.ofDays(1)),
                START.plus(Duration.ofDays(1)), 1024);
        put.put("method", "PUT");
        put.putObject("fields");

        StateFile.load(state).putGrant("svc|hotkey", put); // as an earlier client version cached it
        cache(state).store(put);

        assertTrue(cache(state).cached().isEmpty());
    }
}
