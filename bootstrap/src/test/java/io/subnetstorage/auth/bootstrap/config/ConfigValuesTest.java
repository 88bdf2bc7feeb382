package io.subnetstorage.auth.bootstrap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigValuesTest {

    @Test
    void emptyAndBlankMeanNotConfigured() {
        assertEquals(Optional.empty(), ConfigValues.text(""));
        assertEquals(Optional.empty(), ConfigValues.text("  "));
        assertEquals(8, ConfigValues.integer("X", "", 8, 0, 10));
        assertFalse(ConfigValues.flag("X", "", false));
        assertEquals(Optional.empty(), ConfigValues.uri("X", ""));
    }

    @Test
    void durationsAreSecondsUnlessAUnitSaysOtherwise() {
        assertEquals(Duration.ofSeconds(300), ConfigValues.duration("X", "300", Duration.ZERO));
        assertEquals(Duration.ofHours(1), ConfigValues.duration("X", "1h", Duration.ZERO));
        assertEquals(Duration.ofMinutes(5), ConfigValues.duration("X", "PT5M", Duration.ZERO));
    }

    @Test
    void errorsNameTheVariable() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ConfigValues.integer("DAILY_LIMIT_PER_MINER", "lots", 20, 1, 100));
        assertTrue(e.getMessage().contains("DAILY_LIMIT_PER_MINER='lots'"));
        assertThrows(ConfigurationException.class, () -> ConfigValues.uri("S3_ENDPOINT", "not a url"));
        assertThrows(ConfigurationException.class, () -> ConfigValues.flag("DEV_MODE", "maybe", false));
    }

    @Test
    void networkPresetsChooseTheSubnet() {
        ChainConfig chain = new ChainConfig();
        chain.setNetwork("test");
        assertEquals(428, chain.netuid());
        assertTrue(chain.live());
        chain.setNetuid("12");
        assertEquals(12, chain.netuid());
    }

    @Test
    void stakeThresholdIsAlphaInRao() {
        ChainConfig chain = new ChainConfig();
        assertEquals(20_000_000_000_000L, chain.minValidatorStakeRao());
        chain.setMinValidatorStake("0.5");
        assertEquals(500_000_000L, chain.minValidatorStakeRao());
    }

    @Test
    void aRealStoreNeedsBothKeysAndABucket() {
        StoreConfig store = new StoreConfig();
        store.setEndpoint("https://s3.hippius.com");
        assertTrue(store.real());
        assertTrue(store.pathStyle());
        assertThrows(ConfigurationException.class, store::validate);
        store.setAccessKeyId("hip_a");
        store.setSecretAccessKey("s");
        assertThrows(ConfigurationException.class, store::validate);
        store.setBucket("data");
        store.validate();
    }
}
