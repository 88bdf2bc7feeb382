package io.subnetstorage.auth.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.minio.Signer;
import io.subnetstorage.auth.application.port.out.storage.UploadForm;
import io.subnetstorage.auth.application.port.out.storage.UploadLimits;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The form deployed miner clients receive: boto3's field names, order and policy conditions. */
class PostPolicySignerTest {

    static final Instant NOW = Instant.parse("2025-03-04T05:06:07.890Z");
    static final FolderPrefix FOLDER = new FolderPrefix("data/hotkey=5F3sa2TJAWMqDhXG6jhV4N8ko9SxwGy8TpaNS1repo5EYjQX/");
    static final S3StoreSettings AWS = new S3StoreSettings(Optional.empty(), Optional.empty(), "eu-west-1",
            "sn13-bucket", "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", false);

    private final UploadForm form = new PostPolicySigner(AWS, new SigV4(AWS.accessKeyId(), AWS.secretAccessKey(), AWS.region()), Clock.fixed(NOW, ZoneOffset.UTC))
            .signFolder(new BucketName("sn13-bucket"), FOLDER.value(), UploadLimits.DEPLOYED, NOW.plus(Duration.ofHours(24)));

    @Test
    void fieldsAreBoto3sInBoto3sOrder() {
        assertEquals(List.of("acl", "x-amz-storage-class", "key", "x-amz-algorithm", "x-amz-credential", "x-amz-date",
                "policy", "x-amz-signature"), List.copyOf(form.fields().keySet()));
        assertEquals("private", form.fields().get("acl"));
        assertEquals("STANDARD", form.fields().get("x-amz-storage-class"));
        assertEquals(FOLDER.value() + "${filename}", form.fields().get("key"));
        assertEquals("AWS4-HMAC-SHA256", form.fields().get("x-amz-algorithm"));
        assertEquals("AKIDEXAMPLE/20250304/eu-west-1/s3/aws4_request", form.fields().get("x-amz-credential"));
        assertEquals("20250304T050607Z", form.fields().get("x-amz-date"));
    }

    @Test
    void policyCarriesExactlyTheDeployedConditions() {
        String json = new String(Base64.getDecoder().decode(form.fields().get("policy")), StandardCharsets.UTF_8);
        assertEquals("{\"expiration\": \"2025-03-05T05:06:07Z\", \"conditions\": ["
                + "{\"bucket\": \"sn13-bucket\"}, "
                + "{\"acl\": \"private\"}, "
                + "[\"starts-with\", \"$key\", \"" + FOLDER.value() + "\"], "
                + "[\"content-length-range\", 1024, 5368709120], "
                + "{\"x-amz-storage-class\": \"STANDARD\"}, "
                + "{\"x-amz-algorithm\": \"AWS4-HMAC-SHA256\"}, "
                + "{\"x-amz-credential\": \"AKIDEXAMPLE/20250304/eu-west-1/s3/aws4_request\"}, "
                + "{\"x-amz-date\": \"20250304T050607Z\"}]}", json);
    }

    /** minio-java's SigV4 POST signer, an independent implementation, must agree with ours. */
    @Test
    void signatureMatchesMiniosSigner() throws Exception {
        String expected = Signer.postPresignV4(form.fields().get("policy"), AWS.secretAccessKey(),
                NOW.atZone(ZoneOffset.UTC), AWS.region());
        assertEquals(expected, form.fields().get("x-amz-signature"));
    }

    @Test
    void awsGetsTheVirtualHostedBucketUrl() {
        assertEquals(URI.create("https://sn13-bucket.s3.eu-west-1.amazonaws.com"), form.url());
    }

    @Test
    void jsonEscapesAsPythonDoes() {
        assertEquals("\"a\\\"b\\\\c\\u00e9\\u007f\\n\"", Json.string("a\"b\\c\u00e9\u007f\n"));
    }
}
