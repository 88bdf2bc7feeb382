package io.subnetstorage.auth.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    @Test
    void anEmptyPortMeansTheDefaultPort() {
        assertEquals(Map.of("micronaut.server.port", 8000), Application.emptyPortMeansDefault(""));
    }

    @Test
    void aSetOrAbsentPortIsLeftToApplicationYml() {
        assertEquals(Map.of(), Application.emptyPortMeansDefault("9100"));
        assertEquals(Map.of(), Application.emptyPortMeansDefault(null));
    }
}
