package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;
import io.subnetstorage.auth.hippius.HippiusSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HIPPIUS_* variables (SPEC §7), kept as given: the Hippius adapter parses and validates them, naming
 * the variable on error. Any of them set means a Hippius store is configured.
 */
@ConfigurationProperties("ssa.hippius")
public class HippiusConfig implements ValidatedAtStart {

    private final Map<String, String> values = new LinkedHashMap<>();

    /** The variables as the adapter reads them, empty ones left out. */
    public Map<String, String> environment() {
        Map<String, String> set = new LinkedHashMap<>();
        values.forEach((name, value) -> ConfigValues.text(value).ifPresent(text -> set.put(name, text)));
        return set;
    }

    /**
     * Nothing to parse alone: the adapter reads these together with NET_UID and MULTIPART_THRESHOLD, so the start-up
     * checks validate them through the adapter once those are known.
     */
    @Override
    public void validate() {
    }

    public boolean configured() {
        return !environment().isEmpty();
    }

    /** The adapter's settings; a bad value stops the start with a message naming its variable. */
    public HippiusSettings settings(long multipartThreshold, int netUid) {
        Map<String, String> env = new LinkedHashMap<>(environment());
        env.put("MULTIPART_THRESHOLD", Long.toString(multipartThreshold));
        try {
            return HippiusSettings.fromEnvironment(env, netUid);
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationException("Invalid configuration: " + invalid.getMessage());
        }
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
