package io.subnetstorage.auth.domain.storage;

import java.util.Objects;

/**
 * A key inside the bucket. Refuses what could escape a folder or confuse a store: empty keys,
 * absolute keys, {@code .} or {@code ..} segments, backslashes and control characters.
 */
public record ObjectKey(String value) {

    public static final int MAX_BYTES = 1024;

    public ObjectKey {
        Objects.requireNonNull(value, "value");
        if (!isSafe(value)) {
            throw new IllegalArgumentException("unsafe object key");
        }
    }

    public static boolean isSafe(String key) {
        if (key == null || key.isEmpty() || key.startsWith("/") || key.indexOf('\\') >= 0
                || key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isISOControl(key.charAt(i))) {
                return false;
            }
        }
        for (String segment : key.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The last path segment: what a download would be saved as. */
    public String fileName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
