package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;
import io.subnetstorage.auth.huggingface.HfSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HF_* variables (SPEC §7), kept as given: the HuggingFace adapter parses and validates them, naming
 * the variable on error. Any of them set means a HuggingFace mirror is configured.
 */
@ConfigurationProperties("ssa.hf")
public class HuggingFaceConfig implements ValidatedAtStart {

    private final Map<String, String> values = new LinkedHashMap<>();

    /** The variables as the adapter reads them, empty ones left out. */
    public Map<String, String> environment() {
        Map<String, String> set = new LinkedHashMap<>();
        values.forEach((name, value) -> ConfigValues.text(value).ifPresent(text -> set.put(name, text)));
        return set;
    }

    /**
     * Nothing to parse alone: the adapter reads these together with NET_UID, so the start-up
     * checks validate them through the adapter once those are known.
     */
    @Override
    public void validate() {
    }

    public boolean configured() {
        return !environment().isEmpty();
    }

    /** The adapter's settings; a bad or missing value stops the start with a message naming its variable. */
    public HfSettings settings(int netUid) {
        try {
            return HfSettings.fromEnvironment(environment(), netUid)
                    .orElseThrow(() -> new IllegalArgumentException("HF_TOKEN is required for the HuggingFace mirror"));
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationException("Invalid configuration: " + invalid.getMessage());
        }
    }

    public void setToken(String value) {
        values.put("HF_TOKEN", value);
    }

    public void setEndpoint(String value) {
        values.put("HF_ENDPOINT", value);
    }

    public void setNamespace(String value) {
        values.put("HF_NAMESPACE", value);
    }

    public void setRepoLayout(String value) {
        values.put("HF_REPO_LAYOUT", value);
    }

    public void setRepoPrefix(String value) {
        values.put("HF_REPO_PREFIX", value);
    }

    public void setRepo(String value) {
        values.put("HF_REPO", value);
    }

    public void setPrivate(String value) {
        values.put("HF_PRIVATE", value);
    }

    public void setMaxFilesPerCommit(String value) {
        values.put("HF_MAX_FILES_PER_COMMIT", value);
    }

    public void setMaxCommitsPerHour(String value) {
        values.put("HF_MAX_COMMITS_PER_HOUR", value);
    }
}
