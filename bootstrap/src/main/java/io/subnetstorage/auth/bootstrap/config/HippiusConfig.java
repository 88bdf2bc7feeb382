package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HIPPIUS_* variables (SPEC §7), kept as given: the Hippius adapter parses and validates them, naming
 * the variable on error. Any of them set means a Hippius store is configured.
 */
@ConfigurationProperties("ssa.hippius")
public class HippiusConfig {

    private final Map<String, String> values = new LinkedHashMap<>();

    /** The variables as the adapter reads them, empty ones left out. */
    public Map<String, String> environment() {
        Map<String, String> set = new LinkedHashMap<>();
        values.forEach((name, value) -> ConfigValues.text(value).ifPresent(text -> set.put(name, text)));
        return set;
    }

    public boolean configured() {
        return !environment().isEmpty();
    }

    public void setAccessKeyId(String value) {
        values.put("HIPPIUS_ACCESS_KEY_ID", value);
    }

    public void setSecretAccessKey(String value) {
        values.put("HIPPIUS_SECRET_ACCESS_KEY", value);
    }

    public void setEndpoint(String value) {
        values.put("HIPPIUS_ENDPOINT", value);
    }

    public void setPublicEndpoint(String value) {
        values.put("HIPPIUS_PUBLIC_ENDPOINT", value);
    }

    public void setBucket(String value) {
        values.put("HIPPIUS_BUCKET", value);
    }

    public void setLayout(String value) {
        values.put("HIPPIUS_LAYOUT", value);
    }

    public void setBucketPrefix(String value) {
        values.put("HIPPIUS_BUCKET_PREFIX", value);
    }

    public void setBucketSalt(String value) {
        values.put("HIPPIUS_BUCKET_SALT", value);
    }

    public void setRegion(String value) {
        values.put("HIPPIUS_REGION", value);
    }
}
