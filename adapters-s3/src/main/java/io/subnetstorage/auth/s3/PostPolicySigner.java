package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.storage.UploadForm;
import io.subnetstorage.auth.application.port.out.storage.UploadLimits;
import io.subnetstorage.auth.domain.storage.BucketName;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs browser-style POST policies the way boto3's {@code generate_presigned_post} does, so
 * deployed miner clients see the same fields and conditions. minio's PostPolicy writes every
 * condition as {@code ["eq", ...]} and names a field {@code X-Amz-Date}; see ADR 0005. Two shapes: a
 * folder (any key under a prefix, as deployed) and exactly one key, with its {@code x-amz-meta-*} fields.
 */
final class PostPolicySigner {

    static final String ACL = "private";
    static final String STORAGE_CLASS = "STANDARD";
    /** boto3 prints the expiration to the second, without a fraction. */
    private static final DateTimeFormatter EXPIRATION =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final BucketUrls bucketUrls;
    private final SigV4 sigV4;
    private final Clock clock;

    PostPolicySigner(S3StoreSettings settings, SigV4 sigV4, Clock clock) {
        this.bucketUrls = new BucketUrls(settings);
        this.sigV4 = sigV4;
        this.clock = clock;
    }

    /** Any key starting with {@code folder}; the client sets {@code key} ({@code ${filename}} is substituted). */
    UploadForm signFolder(BucketName bucket, String folder, UploadLimits limits, Instant expiresAt) {
        return sign(bucket, folder + "${filename}", "[\"starts-with\", \"$key\", " + Json.string(folder) + "]", limits,
                Map.of(), expiresAt);
    }

    /** Exactly {@code key}, with {@code metadata} as {@code x-amz-meta-*} fields the store keeps. */
    UploadForm signKey(BucketName bucket, String key, UploadLimits limits, Map<String, String> metadata, Instant expiresAt) {
        return sign(bucket, key, Json.object("key", key), limits, metadata, expiresAt);
    }

    private UploadForm sign(BucketName bucket, String keyField, String keyCondition, UploadLimits limits,
            Map<String, String> metadata, Instant expiresAt) {
        Instant now = clock.instant();
        String credential = sigV4.credential(now);
        String amzDate = SigV4.amzDate(now);
        List<String> conditions = new ArrayList<>(List.of(Json.object("bucket", bucket.value()), Json.object("acl", ACL), keyCondition,
                "[\"content-length-range\", " + limits.minBytes() + ", " + limits.maxBytes() + "]",
                Json.object("x-amz-storage-class", STORAGE_CLASS)));
        metadata.forEach((name, value) -> conditions.add(Json.object("x-amz-meta-" + name, value)));
        conditions.addAll(List.of(Json.object("x-amz-algorithm", SigV4.ALGORITHM), Json.object("x-amz-credential", credential),
                Json.object("x-amz-date", amzDate)));
        // Python's json.dumps layout (", " and ": " separators, ASCII only), byte for byte.
        String json = "{\"expiration\": " + Json.string(EXPIRATION.format(expiresAt.truncatedTo(ChronoUnit.SECONDS)))
                + ", \"conditions\": [" + String.join(", ", conditions) + "]}";
        String policy = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("acl", ACL);
        fields.put("x-amz-storage-class", STORAGE_CLASS);
        fields.put("key", keyField);
        metadata.forEach((name, value) -> fields.put("x-amz-meta-" + name, value));
        fields.put("x-amz-algorithm", SigV4.ALGORITHM);
        fields.put("x-amz-credential", credential);
        fields.put("x-amz-date", amzDate);
        fields.put("policy", policy);
        fields.put("x-amz-signature", sigV4.sign(now, policy));
        return new UploadForm(bucketUrls.of(bucket), fields);
    }
}
