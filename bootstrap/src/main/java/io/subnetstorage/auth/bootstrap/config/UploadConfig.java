package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * UPLOAD_URL_LIFETIME, REQUIRE_UPLOAD_SIZE, UPLOAD_FILENAME_PATTERN and MULTIPART_THRESHOLD: what per-object
 * upload grants allow (SPEC §7), when the service's own large writes go in parts (SPEC §11), and
 * MINER_STORAGE_CAP_BYTES, the bytes a miner may store before its upload grants stop (SPEC §12).
 */
@ConfigurationProperties("ssa.uploads")
public class UploadConfig implements ValidatedAtStart {

    public static final long DEFAULT_MULTIPART_THRESHOLD = 64L * 1024 * 1024;

    private String urlLifetime;
    private String requireSize;
    private String filenamePattern;
    private String multipartThreshold;
    private String storageCap;

    /** How long a presigned object upload URL lives; 1 h by default, 1 minute to 7 days. */
    public Duration urlLifetime() {
        Duration lifetime = ConfigValues.duration("UPLOAD_URL_LIFETIME", urlLifetime, Duration.ofHours(1));
        if (lifetime.toSeconds() < 60 || lifetime.compareTo(Duration.ofDays(7)) > 0) {
            throw ConfigValues.invalid("UPLOAD_URL_LIFETIME", urlLifetime, "between 1m and 7d");
        }
        return lifetime;
    }

    /** Without a size a PUT URL cannot bound the length; Subnet 13 clients send none, so it is optional by default. */
    public boolean requireSize() {
        return ConfigValues.flag("REQUIRE_UPLOAD_SIZE", requireSize, false);
    }

    /** A regex every uploaded file name must match in full, on top of the segment rules. */
    public Optional<Pattern> filenamePattern() {
        Optional<String> raw = ConfigValues.text(filenamePattern);
        try {
            return raw.map(Pattern::compile);
        } catch (PatternSyntaxException malformed) {
            throw ConfigValues.invalid("UPLOAD_FILENAME_PATTERN", filenamePattern, "a Java regular expression");
        }
    }

    /** Bytes above which the service writes an object in parts (at most 512 MiB each on Hippius). */
    public long multipartThreshold() {
        long threshold = ConfigValues.bytes("MULTIPART_THRESHOLD", multipartThreshold, DEFAULT_MULTIPART_THRESHOLD);
        if (threshold < 5L * 1024 * 1024 || threshold > 512L * 1024 * 1024) {
            throw ConfigValues.invalid("MULTIPART_THRESHOLD", multipartThreshold, "between 5 MiB and 512 MiB");
        }
        return threshold;
    }

    /** MINER_STORAGE_CAP_BYTES: bytes a miner may store before upload grants stop; 0 (the default) is none. */
    public OptionalLong storageCapBytes() {
        long cap = ConfigValues.bytes("MINER_STORAGE_CAP_BYTES", storageCap, 0);
        return cap == 0 ? OptionalLong.empty() : OptionalLong.of(cap);
    }

    @Override
    public void validate() {
        storageCapBytes();
        urlLifetime();
        requireSize();
        filenamePattern();
        multipartThreshold();
    }

    public void setUrlLifetime(String urlLifetime) {
        this.urlLifetime = urlLifetime;
    }

    public void setRequireSize(String requireSize) {
        this.requireSize = requireSize;
    }

    public void setFilenamePattern(String filenamePattern) {
        this.filenamePattern = filenamePattern;
    }

    public void setStorageCap(String storageCap) {
        this.storageCap = storageCap;
    }

    public void setMultipartThreshold(String multipartThreshold) {
        this.multipartThreshold = multipartThreshold;
    }
}
