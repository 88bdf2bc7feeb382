package io.subnetstorage.auth.bittensor.metagraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SubtensorSettingsTest {

    @Test
    void networkPresets() {
        assertEquals(URI.create("wss://entrypoint-finney.opentensor.ai:443"), SubtensorSettings.endpointFor("finney"));
        assertEquals(URI.create("wss://test.finney.opentensor.ai:443"), SubtensorSettings.endpointFor("test"));
        assertEquals(URI.create("ws://127.0.0.1:9944"), SubtensorSettings.endpointFor("local"));
        assertEquals(46, SubtensorSettings.forNetwork("finney").netuid());
        assertEquals(428, SubtensorSettings.forNetwork("TEST").netuid());
        assertEquals(Duration.ofSeconds(300), SubtensorSettings.forNetwork("finney").syncInterval());
        assertEquals(Duration.ofSeconds(60), SubtensorSettings.forNetwork("finney").retryDelay());
    }

    @Test
    void refusesWhatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> SubtensorSettings.endpointFor("mainnet"));
        assertThrows(IllegalArgumentException.class, () -> SubtensorSettings.of(URI.create("ftp://x"), 46));
        assertThrows(IllegalArgumentException.class, () -> SubtensorSettings.of(URI.create("ws://x"), 65536));
        assertThrows(IllegalArgumentException.class,
                () -> SubtensorSettings.of(URI.create("ws://x"), 46).withSyncInterval(Duration.ZERO));
    }
}
