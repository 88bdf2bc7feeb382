package io.subnetstorage.auth.domain.storage;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.Objects;

/**
 * A folder in the bucket, always ending in {@code /}. Miner data lives in
 * {@code data/hotkey={hotkey}/job_id={job_id}/}, the layout deployed clients write.
 */
public record FolderPrefix(String value) {

    public static final String DATA_ROOT = "data/hotkey=";
    public static final String FOLDER_STRUCTURE = "data/hotkey={hotkey_id}/job_id={job_id}/";
    public static final String ALL_MINERS = DATA_ROOT;

    public FolderPrefix {
        Objects.requireNonNull(value, "value");
        if (!value.isEmpty() && !ObjectKey.isSafe(value)) {
            throw new IllegalArgumentException("unsafe folder prefix");
        }
    }

    public static FolderPrefix ofMiner(Hotkey hotkey) {
        return new FolderPrefix(DATA_ROOT + hotkey.value() + "/");
    }

    /** The prefix shared by every miner folder, used to list all miners. */
    public static FolderPrefix allMiners() {
        return new FolderPrefix(ALL_MINERS);
    }

    /** The miner whose folder this is, when it is exactly {@code data/hotkey={ss58}/}. */
    public java.util.Optional<Hotkey> miner() {
        if (!value.startsWith(DATA_ROOT) || !value.endsWith("/")) {
            return java.util.Optional.empty();
        }
        String name = value.substring(DATA_ROOT.length(), value.length() - 1);
        return io.subnetstorage.auth.domain.identity.Ss58Address.looksLikeSs58(name)
                ? java.util.Optional.of(Hotkey.of(name))
                : java.util.Optional.empty();
    }

    public boolean contains(ObjectKey key) {
        return key.value().startsWith(value) && key.value().length() > value.length();
    }

    public FolderPrefix child(String name) {
        return new FolderPrefix(value + name + "/");
    }

    @Override
    public String toString() {
        return value;
    }
}
