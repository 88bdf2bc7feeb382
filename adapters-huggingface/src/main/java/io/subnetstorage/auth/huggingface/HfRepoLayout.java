package io.subnetstorage.auth.huggingface;

import java.util.Locale;

/** How mirrored files are spread over Hub repos ({@code HF_REPO_LAYOUT}, SPEC §7). */
public enum HfRepoLayout {
    /** One dataset repo per miner, {@code {HF_NAMESPACE}/{HF_REPO_PREFIX}-{hotkey}}: keeps each repo small. */
    PER_MINER("per-miner"),
    /** Every miner in one dataset repo, {@code {HF_NAMESPACE}/{HF_REPO}}. */
    SINGLE("single");

    private final String configValue;

    HfRepoLayout(String configValue) {
        this.configValue = configValue;
    }

    public String configValue() {
        return configValue;
    }

    static HfRepoLayout parse(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (HfRepoLayout layout : values()) {
            if (layout.configValue.equals(wanted)) {
                return layout;
            }
        }
        throw new IllegalArgumentException("HF_REPO_LAYOUT must be per-miner or single, got '" + value + "'");
    }
}
