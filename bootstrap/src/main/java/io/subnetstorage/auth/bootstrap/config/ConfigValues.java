package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.exceptions.ConfigurationException;
import io.subnetstorage.auth.application.redaction.RedactedUri;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses environment values where empty means "not configured", and names the variable in every
 * error so a bad deployment fails at start with a message an operator can act on.
 */
final class ConfigValues {

    private static final Pattern BYTES = Pattern.compile("(\\d{1,18})\\s*(k|kb|kib|m|mb|mib|g|gb|gib|b)?");
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,18})\\s*(ms|s|m|h|d)?");

    private ConfigValues() {
    }

    static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    static int integer(String variable, String value, int fallback, int min, int max) {
        Optional<String> raw = text(value);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(raw.get());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the accepted range
        }
        throw invalid(variable, value, "an integer from " + min + " to " + max);
    }

    static boolean flag(String variable, String value, boolean fallback) {
        Optional<String> raw = text(value).map(v -> v.toLowerCase(Locale.ROOT));
        if (raw.isEmpty()) {
            return fallback;
        }
        return switch (raw.get()) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw invalid(variable, value, "true or false");
        };
    }

    /**
     * A bare number is seconds (as the deployed service reads it); {@code 30s}, {@code 5m}, {@code 1h}, {@code 7d}
     * and ISO-8601 ({@code PT5M}) work too. Negative or overflowing values are refused like any other typo.
     */
    static Duration duration(String variable, String value, Duration fallback) {
        Optional<String> raw = text(value);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            Duration parsed = parseDuration(raw.get());
            if (!parsed.isNegative()) {
                return parsed;
            }
        } catch (DateTimeParseException | ArithmeticException notADuration) {
            // reported below
        }
        throw invalid(variable, value, "seconds, or a duration like 30s, 5m, 1h, 7d or PT5M");
    }

    private static Duration parseDuration(String text) {
        Matcher m = SHORT_DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Duration.parse(text);
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    /** A duration within {@code [min, max]}, both inclusive, the range named in the error. */
    static Duration duration(String variable, String value, Duration fallback, Duration min, Duration max, String range) {
        Duration parsed = duration(variable, value, fallback);
        if (parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0) {
            throw invalid(variable, value, range);
        }
        return parsed;
    }

    /** A byte count: a bare number, or with {@code KiB}, {@code MiB}, {@code GiB} (also {@code k}, {@code m}, {@code g}). */
    static long bytes(String variable, String value, long fallback) {
        Optional<String> raw = text(value);
        if (raw.isEmpty()) {
            return fallback;
        }
        Matcher m = BYTES.matcher(raw.get().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "" : m.group(2);
            long scale = switch (unit.isEmpty() ? ' ' : unit.charAt(0)) {
                case 'k' -> 1024L;
                case 'm' -> 1024L * 1024;
                case 'g' -> 1024L * 1024 * 1024;
                default -> 1L;
            };
            if (amount <= Long.MAX_VALUE / scale) {
                return amount * scale;
            }
        }
        throw invalid(variable, value, "a number of bytes, e.g. 67108864 or 64MiB");
    }

    static Optional<URI> uri(String variable, String value) {
        Optional<String> raw = text(value);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(raw.get());
            if (uri.getScheme() != null && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException malformed) {
            // reported below
        }
        throw invalid(variable, value, "an absolute URL such as https://host:port");
    }

    static BigDecimal decimal(String variable, String value, BigDecimal fallback) {
        Optional<String> raw = text(value);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            BigDecimal parsed = new BigDecimal(raw.get());
            if (parsed.signum() >= 0) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw invalid(variable, value, "a non-negative number");
    }

    /** The value is quoted without the user info or query of any URL in it: those are where secrets live. */
    static ConfigurationException invalid(String variable, String value, String expected) {
        return new ConfigurationException("Invalid configuration: " + variable + "='" + RedactedUri.scrub(value)
                + "', expected " + expected);
    }
}
