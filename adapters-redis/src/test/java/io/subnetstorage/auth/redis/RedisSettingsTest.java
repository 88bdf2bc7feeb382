package io.subnetstorage.auth.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisSettingsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    @Test
    void acceptsPlainAndTlsUrlsWithADatabase() {
        RedisSettings tls = settings("rediss://:secret@cache.internal:6380/2");
        assertEquals("cache.internal:6380", tls.endpoint());
        assertEquals(2, tls.redisUri().getDatabase());
        assertTrue(tls.redisUri().isSsl());
        assertEquals(TIMEOUT, settings("redis://127.0.0.1:6379").redisUri().getTimeout());
    }

    @Test
    void neverPrintsThePassword() {
        String printed = settings("redis://:hunter2@cache.internal:6379/0").toString();
        assertFalse(printed.contains("hunter2"), printed);
        assertTrue(printed.contains("cache.internal:6379"), printed);
    }

    @Test
    void refusesWhatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> settings("http://cache.internal:6379"));
        assertThrows(IllegalArgumentException.class,
                () -> new RedisSettings("redis://127.0.0.1:6379", Duration.ZERO, "ssa:"));
    }

    private static RedisSettings settings(String url) {
        return new RedisSettings(url, TIMEOUT, "ssa:");
    }
}
