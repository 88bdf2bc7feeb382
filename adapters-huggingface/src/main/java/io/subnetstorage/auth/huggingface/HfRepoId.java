package io.subnetstorage.auth.huggingface;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A dataset repo on the Hub, {@code namespace/name}. Both parts follow the Hub's naming rule (letters,
 * digits, {@code - _ .}, at most 96 characters, no {@code --} or {@code ..}, not ending in {@code -} or
 * {@code .}), so a bad name is refused here rather than by the Hub in the middle of a copy.
 */
public record HfRepoId(String namespace, String name) {

    private static final Pattern HUB_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,95}");

    public HfRepoId {
        check("namespace", namespace);
        check("name", name);
    }

    /** Parses {@code namespace/name}. */
    public static HfRepoId parse(String id) {
        Objects.requireNonNull(id, "id");
        int slash = id.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("a HuggingFace repo id is namespace/name, got '" + id + "'");
        }
        return new HfRepoId(id.substring(0, slash), id.substring(slash + 1));
    }

    @Override
    public String toString() {
        return namespace + "/" + name;
    }

    private static void check(String part, String value) {
        Objects.requireNonNull(value, part);
        if (!HUB_NAME.matcher(value).matches() || value.contains("--") || value.contains("..")
                || value.endsWith("-") || value.endsWith(".")) {
            throw new IllegalArgumentException("invalid HuggingFace repo " + part + " '" + value
                    + "': letters, digits, '-', '_' and '.', at most 96 characters, no '--' or '..',"
                    + " not starting or ending with '-' or '.'");
        }
    }
}
