package io.subnetstorage.auth.bootstrap.embedded;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * S3 keys are names, not paths: {@code a/../b/x} is a key of its own on AWS. A file-system store that resolved it
 * would write into another folder, so the embedded store keeps {@code .} and {@code ..} segments literal by
 * escaping them on disk: a segment of one or two dots, after any number of {@code ~}, gets one more {@code ~}
 * ({@code ..} is stored as {@code ~..}, {@code ~..} as {@code ~~..}). Every other segment is stored as it is, and
 * {@link #unescape} reverses {@link #escape} exactly.
 */
final class LiteralKeys {

    private static final Pattern DOTS = Pattern.compile("~*\\.{1,2}");
    private static final Pattern ESCAPED_DOTS = Pattern.compile("~+\\.{1,2}");
    /** A last, partial prefix segment made only of these could be the start of an escaped segment. */
    private static final Pattern AMBIGUOUS_TAIL = Pattern.compile("[~.]+");

    private LiteralKeys() {
    }

    static String escape(String key) {
        return key == null || key.indexOf('.') < 0 ? key : map(key, true);
    }

    static String unescape(String key) {
        return key == null || key.indexOf('~') < 0 ? key : map(key, false);
    }

    /**
     * A listing prefix as the store must see it. A prefix is a key cut anywhere, so its last segment may be partial:
     * when that part could be the start of an escaped segment ({@code "."} matches {@code ".x"} but also {@code "~.."}
     * on disk), the store is asked for the whole folder instead and {@link #matches} filters.
     */
    static String storePrefix(String prefix) {
        if (prefix == null) {
            return null;
        }
        int cut = prefix.lastIndexOf('/') + 1;
        String folder = escape(prefix.substring(0, cut));
        String tail = prefix.substring(cut);
        return AMBIGUOUS_TAIL.matcher(tail).matches() ? folder : folder + tail;
    }

    /** Whether the literal {@code key} is in a listing for the literal {@code prefix}. */
    static boolean matches(String key, String prefix) {
        return prefix == null || key.startsWith(prefix);
    }

    private static String map(String key, boolean escape) {
        return Arrays.stream(key.split("/", -1))
                .map(segment -> escape ? escapeSegment(segment) : unescapeSegment(segment))
                .collect(Collectors.joining("/"));
    }

    private static String escapeSegment(String segment) {
        return DOTS.matcher(segment).matches() ? "~" + segment : segment;
    }

    private static String unescapeSegment(String segment) {
        return ESCAPED_DOTS.matcher(segment).matches() ? segment.substring(1) : segment;
    }
}
