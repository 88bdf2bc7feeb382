package io.subnetstorage.auth.bootstrap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.exceptions.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without ATTRIBUTION_KEY a real database's instances may sign differently (warned), and a bad key is named without being repeated. */
class AttributionConfigTest {

    private static DeploymentConfig database(boolean real) {
        DeploymentConfig deployment = new DeploymentConfig();
        deployment.setDatabaseUrl(real ? "postgres://db.example/ssa" : "");
        return deployment;
    }

    private static AttributionConfig config(String key, String previous) {
        AttributionConfig config = new AttributionConfig();
        config.setKey(key);
        config.setKeyPrevious(previous);
        return config;
    }

    @Test
    void onlyAGeneratedKeyBesideARealDatabaseMayDifferBetweenInstances() {
        assertTrue(config("", "").keyMayDifferBetweenInstances(database(true)));
        assertFalse(config("", "").keyMayDifferBetweenInstances(database(false)));
        assertFalse(config("//Service", "").keyMayDifferBetweenInstances(database(true)));
    }

    @Test
    void anUnreadableKeyIsNamedNeverShown() {
        ConfigurationException bad = assertThrows(ConfigurationException.class,
                () -> config("secret words that are no mnemonic", "").validate());
        assertTrue(bad.getMessage().contains("ATTRIBUTION_KEY"));
        assertFalse(bad.getMessage().contains("secret words"), bad.getMessage());
        ConfigurationException previous = assertThrows(ConfigurationException.class,
                () -> config("//Service", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY, hidden garbage").validate());
        assertTrue(previous.getMessage().contains("ATTRIBUTION_KEY_PREVIOUS"));
        assertFalse(previous.getMessage().contains("hidden garbage"), previous.getMessage());
    }

    @Test
    void previousKeysAreACommaList() {
        assertEquals(List.of("a", "b"), config("", " a , ,b ").previousKeys());
        assertEquals(List.of(), config("", "").previousKeys());
    }
}
