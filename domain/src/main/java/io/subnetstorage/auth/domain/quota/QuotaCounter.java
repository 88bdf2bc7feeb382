package io.subnetstorage.auth.domain.quota;

/**
 * The daily counters. Each but {@link #GLOBAL} is kept per hotkey; the label is part of the store's key,
 * so a label never changes once deployed (a renamed counter would restart everyone's day at zero).
 */
public enum QuotaCounter {
    /** Folder grants of a miner: a POST form, or one {@code files} request as a whole. */
    MINER_GRANTS("miner"),
    /** Presigned object upload URLs of a miner, one per file. */
    MINER_FILES("miner-files"),
    VALIDATOR_GRANTS("validator"),
    /** {@code /get-miner-list} pages after the first of a signature, and every X-Tao page with a token. */
    VALIDATOR_LIST_PAGES("validator-list-pages"),
    GLOBAL("global");

    private final String label;

    QuotaCounter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean perHotkey() {
        return this != GLOBAL;
    }
}
