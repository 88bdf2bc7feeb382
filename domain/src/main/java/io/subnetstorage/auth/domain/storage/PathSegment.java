package io.subnetstorage.auth.domain.storage;

import java.nio.charset.StandardCharsets;

/**
 * The rule for one segment of a key ({@code job_id} values and file names, SPEC §7): no {@code /}, not
 * {@code .} or {@code ..}, at most 255 UTF-8 bytes, no control characters, and none of the characters
 * Hippius refuses. The same keys work on every store, so a copy between stores keeps its key.
 */
public final class PathSegment {

    public static final int MAX_BYTES = 255;
    private static final String REFUSED = "/\\{}^%`[]\"<>~#|";

    private PathSegment() {
    }

    public static boolean isValid(String segment) {
        if (segment == null || segment.isEmpty() || segment.equals(".") || segment.equals("..")
                || segment.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (Character.isISOControl(c) || REFUSED.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
