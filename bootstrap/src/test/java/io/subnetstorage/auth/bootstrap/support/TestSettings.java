package io.subnetstorage.auth.bootstrap.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Every SPEC §6 property set to "not configured", to start a test context from a known, clean state. */
public final class TestSettings {

    private TestSettings() {
    }

    /** A Redis key prefix of its own, so that quota counters of earlier runs on the same day cannot leak in. */
    public static String uniqueRedisKeyPrefix() {
        return "ssa-test-" + UUID.randomUUID() + ":";
    }

    /**
     * Every property application.yml fills from the environment, empty, so that variables exported in the shell
     * (REDIS_URL, S3_BUCKET...) cannot leak into a test; and a random HTTP port, since 8000 may be taken.
     */
    public static Map<String, String> cleared() {
        Map<String, String> properties = new HashMap<>();
        SettingVariables.byProperty().keySet().forEach(name -> properties.put(name, ""));
        properties.put("micronaut.server.port", "-1");
        return properties;
    }
}
