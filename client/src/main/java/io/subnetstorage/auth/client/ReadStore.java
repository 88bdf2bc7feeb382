package io.subnetstorage.auth.client;

import java.util.Arrays;
import java.util.Locale;

/** A store a validator may name in a read request ({@code "store"}, SPEC §7), e.g. to check Hippius before cutover. */
public enum ReadStore {
    S3,
    HIPPIUS;

    /** As the wire names it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReadStore fromName(String name) {
        return Arrays.stream(values()).filter(store -> store.wireName().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new ClientException("unknown store '" + name + "'; one of s3, hippius"));
    }
}
