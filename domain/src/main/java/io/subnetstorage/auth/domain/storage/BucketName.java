package io.subnetstorage.auth.domain.storage;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An S3 bucket name as AWS and Hippius accept it: 3 to 63 characters of lower-case letters, digits, dots
 * and hyphens, starting and ending with a letter or digit, no {@code ..}, not shaped like an IP address,
 * and none of the reserved prefixes and suffixes (SPEC §8).
 */
public record BucketName(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    public BucketName {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid bucket name: " + value);
        }
    }

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
