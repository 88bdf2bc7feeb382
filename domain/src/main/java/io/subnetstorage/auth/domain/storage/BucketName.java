package io.subnetstorage.auth.domain.storage;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a store keeps a folder in, named by that store's own rule. For S3 and Hippius it is a bucket, as AWS
 * and Hippius accept it: 3 to 63 characters of lower-case letters, digits, dots and hyphens, starting and
 * ending with a letter or digit, no {@code ..}, not shaped like an IP address, and none of the reserved
 * prefixes and suffixes (SPEC §8); {@code new BucketName(name)} is always such a bucket. For the HuggingFace
 * Hub it is a dataset repo, {@code namespace/name} ({@link HubRepoName}), which no bucket rule admits (a
 * {@code /}, capitals, 96 characters a part): {@link #hubRepo(String)}. Each kind is checked by its own rule,
 * so admitting repo ids never loosens what an S3 bucket may be called (ADR 0015).
 */
public record BucketName(String value, Naming naming) {

    /** Whose naming rule the value follows. */
    public enum Naming {
        S3_BUCKET,
        HUB_REPO
    }

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    public BucketName {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(naming, "naming");
        if (naming == Naming.S3_BUCKET && !isValid(value)) {
            throw new IllegalArgumentException("not a valid bucket name: " + value);
        }
        if (naming == Naming.HUB_REPO && !HubRepoName.isValid(value)) {
            throw new IllegalArgumentException("not a valid HuggingFace repo id (namespace/name, " + HubRepoName.RULE
                    + "): " + value);
        }
    }

    /** An S3 bucket (AWS, any S3-compatible store, Hippius). */
    public BucketName(String value) {
        this(value, Naming.S3_BUCKET);
    }

    /** A HuggingFace dataset repo, {@code namespace/name}. */
    public static BucketName hubRepo(String repoId) {
        return new BucketName(repoId, Naming.HUB_REPO);
    }

    /** Whether {@code name} is a valid S3 bucket name. */
    public static boolean isValid(String name) {
        return name != null && SHAPE.matcher(name).matches() && !name.contains("..") && !IP_ADDRESS.matcher(name).matches()
                && !name.startsWith("xn--") && !name.startsWith("sthree-") && !name.startsWith("amzn-s3-demo-")
                && !name.endsWith("-s3alias") && !name.endsWith("--ol-s3") && !name.endsWith(".mrap")
                && !name.endsWith("--x-s3") && !name.endsWith("--table-s3");
    }

    @Override
    public String toString() {
        return value;
    }
}
