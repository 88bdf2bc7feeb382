package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.domain.storage.BucketName;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns {@code HIPPIUS_*} and {@code MULTIPART_THRESHOLD} into {@link HippiusSettings}, naming the variable in every refusal. */
final class EnvironmentReader {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,9})\\s*(|B|KiB|MiB|GiB)", Pattern.CASE_INSENSITIVE);

    private EnvironmentReader() {
    }

    static HippiusSettings read(Map<String, String> environment, int netUid) {
        HippiusSettings.Layout layout = value(environment, "HIPPIUS_LAYOUT")
                .map(text -> HippiusSettings.Layout.byLabel(text)
                        .orElseThrow(() -> new IllegalArgumentException("HIPPIUS_LAYOUT must be shared or per-miner; got '" + text + "'")))
                .orElse(HippiusSettings.Layout.SHARED);
        return new HippiusSettings(
                required(environment, "HIPPIUS_ACCESS_KEY_ID"),
                required(environment, "HIPPIUS_SECRET_ACCESS_KEY"),
                value(environment, "HIPPIUS_ENDPOINT").map(text -> url(text, "HIPPIUS_ENDPOINT")).orElse(HippiusSettings.DEFAULT_ENDPOINT),
                value(environment, "HIPPIUS_PUBLIC_ENDPOINT").map(text -> url(text, "HIPPIUS_PUBLIC_ENDPOINT")),
                value(environment, "HIPPIUS_REGION").orElse(HippiusSettings.DEFAULT_REGION),
                layout,
                value(environment, "HIPPIUS_BUCKET").map(EnvironmentReader::bucket),
                value(environment, "HIPPIUS_BUCKET_PREFIX").orElse("sn" + netUid),
                value(environment, "HIPPIUS_BUCKET_SALT"),
                value(environment, "MULTIPART_THRESHOLD").map(EnvironmentReader::size).orElse(HippiusSettings.DEFAULT_MULTIPART_THRESHOLD));
    }

    /** Bytes, or a number with {@code KiB}, {@code MiB} or {@code GiB}. */
    static long size(String text) {
        Matcher matcher = SIZE.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("MULTIPART_THRESHOLD must be a size in bytes, or with KiB, MiB or GiB (e.g. 64MiB); got '"
                    + text + "'");
        }
        long number = Long.parseLong(matcher.group(1));
        // At most nine digits: even 999999999 GiB fits a long, and the settings refuse what is too large.
        return switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "kib" -> number << 10;
            case "mib" -> number << 20;
            case "gib" -> number << 30;
            default -> number;
        };
    }

    private static BucketName bucket(String text) {
        if (!BucketName.isValid(text)) {
            throw new IllegalArgumentException("HIPPIUS_BUCKET is not a bucket name Hippius accepts (3 to 63 lower-case letters, digits,"
                    + " '.' or '-'); got '" + text + "'");
        }
        return new BucketName(text);
    }

    private static URI url(String text, String variable) {
        try {
            return new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(variable + " is not a URL: " + e.getMessage());
        }
    }

    private static String required(Map<String, String> environment, String name) {
        return value(environment, name).orElseThrow(() -> new IllegalArgumentException(name + " is required for the Hippius store"));
    }

    /** Unset or empty means "not configured" (SPEC §6). */
    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(text -> !text.isEmpty());
    }
}
