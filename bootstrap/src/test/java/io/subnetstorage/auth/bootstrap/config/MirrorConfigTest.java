package io.subnetstorage.auth.bootstrap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** MIRROR_SCAN_INTERVAL: seconds or a duration, 10 minutes by default (EveryVariableIsCheckedAtStartTest stops a start with a bad one). */
class MirrorConfigTest {

    private static Duration interval(String value) {
        MirrorConfig config = new MirrorConfig();
        config.setScanInterval(value);
        return config.scanInterval();
    }

    @Test
    void takesSecondsOrADurationAndDefaultsToTenMinutes() {
        assertEquals(Duration.ofMinutes(10), interval(""));
        assertEquals(Duration.ofSeconds(30), interval("30"));
        assertEquals(Duration.ofSeconds(30), interval("30s"));
        assertEquals(Duration.ofMinutes(5), interval("5m"));
        assertEquals(Duration.ofMinutes(5), interval("PT5M"));
    }

    @Test
    void refusesWhatIsNotADurationOrOutOfRangeNamingTheVariable() {
        ConfigurationException notADuration = assertThrows(ConfigurationException.class, () -> interval("soon"));
        assertTrue(notADuration.getMessage().contains("MIRROR_SCAN_INTERVAL='soon'"), notADuration.getMessage());
        assertThrows(ConfigurationException.class, () -> interval("0"));
        assertThrows(ConfigurationException.class, () -> interval("8d"));
    }
}
