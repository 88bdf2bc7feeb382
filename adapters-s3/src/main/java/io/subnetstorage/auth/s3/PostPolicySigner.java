package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.UploadForm;
import io.subnetstorage.auth.application.port.out.UploadLimits;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs browser-style POST policies the way boto3's {@code generate_presigned_post} does, so
 * deployed miner clients see the same fields and conditions. minio's PostPolicy writes every
 * condition as {@code ["eq", ...]} and names a field {@code X-Amz-Date}; see ADR 0005.
 */
final class PostPolicySigner {

    static final String ACL = "private";
    static final String STORAGE_CLASS = "STANDARD";
    /** boto3 prints the expiration to the second, without a fraction. */
    private static final DateTimeFormatter EXPIRATION =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final S3StoreSettings settings;
    private final URI url;
    private final Clock clock;

    PostPolicySigner(S3StoreSettings settings, Clock clock) {
        this.settings = settings;
        this.url = BucketUrls.bucketUrl(settings);
        this.clock = clock;
    }

    UploadForm sign(FolderPrefix folder, UploadLimits limits, Instant expiresAt) {
        Instant now = clock.instant();
        String credential = SigV4.credential(settings.accessKeyId(), now, settings.region());
        String amzDate = SigV4.amzDate(now);
        String policy = Base64.getEncoder().encodeToString(
                policyJson(folder, limits, expiresAt, credential, amzDate).getBytes(StandardCharsets.UTF_8));

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("acl", ACL);
        fields.put("x-amz-storage-class", STORAGE_CLASS);
        fields.put("key", folder.value() + "${filename}");
        fields.put("x-amz-algorithm", SigV4.ALGORITHM);
        fields.put("x-amz-credential", credential);
        fields.put("x-amz-date", amzDate);
        fields.put("policy", policy);
        fields.put("x-amz-signature", SigV4.sign(settings.secretAccessKey(), now, settings.region(), policy));
        return new UploadForm(url, fields);
    }

    /** Python's {@code json.dumps} layout (", " and ": " separators, ASCII only), byte for byte. */
    private String policyJson(FolderPrefix folder, UploadLimits limits, Instant expiresAt, String credential,
            String amzDate) {
        return "{\"expiration\": " + Json.string(EXPIRATION.format(expiresAt.truncatedTo(ChronoUnit.SECONDS)))
                + ", \"conditions\": ["
                + Json.object("bucket", settings.bucket()) + ", "
                + Json.object("acl", ACL) + ", "
                + "[\"starts-with\", \"$key\", " + Json.string(folder.value()) + "], "
                + "[\"content-length-range\", " + limits.minBytes() + ", " + limits.maxBytes() + "], "
                + Json.object("x-amz-storage-class", STORAGE_CLASS) + ", "
                + Json.object("x-amz-algorithm", SigV4.ALGORITHM) + ", "
                + Json.object("x-amz-credential", credential) + ", "
                + Json.object("x-amz-date", amzDate) + "]}";
    }
}
