package io.subnetstorage.auth.domain.storage;

import java.util.regex.Pattern;

/**
 * The HuggingFace Hub's rule for a repo id, {@code namespace/name} (SPEC §10): each part letters, digits,
 * {@code - _ .}, at most 96 characters, no {@code --} or {@code ..}, not starting or ending with {@code -} or
 * {@code .}. Capitals are allowed (a per-miner repo carries the SS58 hotkey), so a repo id is never an S3
 * bucket name; {@link BucketName#hubRepo(String)} names one with this rule instead.
 */
public final class HubRepoName {

    public static final String RULE = "letters, digits, '-', '_' and '.', at most 96 characters, no '--' or '..',"
            + " not starting or ending with '-' or '.'";
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,95}");

    private HubRepoName() {
    }

    /** One part of a repo id: the namespace (user or organisation) or the repo's name. */
    public static boolean isValidPart(String part) {
        return part != null && PART.matcher(part).matches() && !part.contains("--") && !part.contains("..")
                && !part.endsWith("-") && !part.endsWith(".");
    }

    /** A whole repo id: exactly one {@code /} between two valid parts. */
    public static boolean isValid(String id) {
        if (id == null) {
            return false;
        }
        int slash = id.indexOf('/');
        return slash > 0 && slash == id.lastIndexOf('/') && isValidPart(id.substring(0, slash))
                && isValidPart(id.substring(slash + 1));
    }
}
