package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.domain.storage.BucketName;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach Hippius (SPEC §7, §8). Every check names the environment variable it is about, because
 * these messages end up as start-up failures. {@code publicEndpoint} is the host clients use when it
 * differs from {@code endpoint}: SigV4 signs the Host, so presigned URLs name it exactly.
 *
 * <p>{@code shared}: every miner's folder is in {@code bucket}. {@code per-miner}: each miner has the bucket
 * {@code {bucketPrefix}-{20 base32 characters of blake2b-256(bucketSalt || hotkey public key)}}; the salt
 * is a secret, so nobody can compute (and squat) a miner's bucket name in advance.
 */
public record HippiusSettings(
        String accessKeyId,
        String secretAccessKey,
        URI endpoint,
        Optional<URI> publicEndpoint,
        String region,
        Layout layout,
        Optional<BucketName> bucket,
        String bucketPrefix,
        Optional<String> bucketSalt,
        long multipartThreshold) {

    public static final URI DEFAULT_ENDPOINT = URI.create("https://s3.hippius.com");
    public static final String DEFAULT_REGION = "decentralized";
    public static final long DEFAULT_MULTIPART_THRESHOLD = 64L * 1024 * 1024;
    /** Hippius refuses larger parts; it has no minimum part size. */
    public static final long MAX_PART_SIZE = 512L * 1024 * 1024;
    /** A salt is a secret: short ones could be guessed, and with them every miner's bucket name. */
    public static final int MIN_SALT_LENGTH = 16;

    /** The only access keys Hippius accepts; seed phrases and anything else are refused at the gateway. */
    private static final Pattern HIPPIUS_KEY = Pattern.compile("hip_[a-zA-Z0-9_-]{1,240}");
    /** A bucket name is the prefix, a hyphen and 20 characters: at most 63. */
    private static final String SAMPLE_SUFFIX = "-" + "a".repeat(MinerBuckets.HASH_CHARACTERS);

    /** {@code shared} or {@code per-miner}, as {@code HIPPIUS_LAYOUT} spells them. */
    public enum Layout {
        SHARED("shared"),
        PER_MINER("per-miner");

        private final String label;

        Layout(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Optional<Layout> byLabel(String text) {
            for (Layout layout : values()) {
                if (layout.label.equals(text)) {
                    return Optional.of(layout);
                }
            }
            return Optional.empty();
        }
    }

    public HippiusSettings {
        Objects.requireNonNull(publicEndpoint, "publicEndpoint");
        Objects.requireNonNull(layout, "HIPPIUS_LAYOUT");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(bucketSalt, "bucketSalt");
        if (accessKeyId == null || !HIPPIUS_KEY.matcher(accessKeyId).matches()) {
            throw new IllegalArgumentException("HIPPIUS_ACCESS_KEY_ID must be a Hippius access key (hip_ then 1 to 240 letters, digits,"
                    + " '_' or '-'): Hippius refuses every other key");
        }
        if (secretAccessKey == null || secretAccessKey.isBlank()) {
            throw new IllegalArgumentException("HIPPIUS_SECRET_ACCESS_KEY is required");
        }
        endpoint = requireHttpUrl(endpoint, "HIPPIUS_ENDPOINT");
        publicEndpoint = publicEndpoint.map(url -> requireHttpUrl(url, "HIPPIUS_PUBLIC_ENDPOINT"));
        if (region == null || region.isBlank() || !region.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("HIPPIUS_REGION must be lower-case letters, digits and '-' (Hippius uses decentralized)");
        }
        if (layout == Layout.SHARED && bucket.isEmpty()) {
            throw new IllegalArgumentException("HIPPIUS_BUCKET is required with HIPPIUS_LAYOUT=shared");
        }
        if (bucketPrefix == null || bucketPrefix.endsWith(".") || !BucketName.isValid(bucketPrefix + SAMPLE_SUFFIX)) {
            throw new IllegalArgumentException("HIPPIUS_BUCKET_PREFIX must start a valid bucket name: 1 to 42 lower-case letters, digits,"
                    + " '.' or '-', starting with a letter or digit; got '" + bucketPrefix + "'");
        }
        if (layout == Layout.PER_MINER && bucketSalt.map(String::length).orElse(0) < MIN_SALT_LENGTH) {
            throw new IllegalArgumentException("HIPPIUS_BUCKET_SALT is required with HIPPIUS_LAYOUT=per-miner: a secret of at least "
                    + MIN_SALT_LENGTH + " characters");
        }
        if (multipartThreshold < 1 || multipartThreshold > MAX_PART_SIZE) {
            throw new IllegalArgumentException("MULTIPART_THRESHOLD must be 1 byte to 512 MiB (Hippius parts are at most 512 MiB)");
        }
    }

    /** A shared-bucket store with the defaults of SPEC §7. */
    static HippiusSettings shared(String accessKeyId, String secretAccessKey, URI endpoint, BucketName bucket) {
        return new HippiusSettings(accessKeyId, secretAccessKey, endpoint, Optional.empty(), DEFAULT_REGION, Layout.SHARED,
                Optional.of(bucket), "sn46", Optional.empty(), DEFAULT_MULTIPART_THRESHOLD);
    }

    /**
     * Reads {@code HIPPIUS_*} and {@code MULTIPART_THRESHOLD} (unset or empty means "not configured").
     * {@code netUid} gives the default bucket prefix {@code sn{NET_UID}}.
     */
    public static HippiusSettings fromEnvironment(Map<String, String> environment, int netUid) {
        return EnvironmentReader.read(environment, netUid);
    }

    /** The endpoint presigned URLs name. */
    URI clientEndpoint() {
        return publicEndpoint.orElse(endpoint);
    }

    /** Same settings with other credentials: what a key rotation changes. */
    HippiusSettings withCredentials(String newAccessKeyId, String newSecretAccessKey) {
        return new HippiusSettings(newAccessKeyId, newSecretAccessKey, endpoint, publicEndpoint, region, layout, bucket, bucketPrefix,
                bucketSalt, multipartThreshold);
    }

    @Override
    public String toString() {
        // Never print the secret or the salt: settings end up in start-up logs.
        return "HippiusSettings[accessKeyId=" + accessKeyId + ", endpoint=" + endpoint + ", publicEndpoint=" + publicEndpoint
                + ", region=" + region + ", layout=" + layout.label() + ", bucket=" + bucket + ", bucketPrefix=" + bucketPrefix
                + ", multipartThreshold=" + multipartThreshold + "]";
    }

    /** The URL without a trailing slash, so {@code /{bucket}} can be appended. */
    private static URI requireHttpUrl(URI url, String variable) {
        if (url == null || url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
                || url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null
                || (url.getRawPath() != null && !url.getRawPath().isEmpty() && !url.getRawPath().equals("/"))) {
            throw new IllegalArgumentException(variable + " must be an http(s) URL with a host and no path, e.g. https://s3.hippius.com");
        }
        String text = url.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
    }
}
