package io.subnetstorage.auth.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

/**
 * The hand-written query signer against AWS's published example and against the SDK's own signer. Offline;
 * the storage contract kit also fetches its URLs from s3proxy, which checks every signature.
 */
class UrlPresignerTest {

    private static final Instant MAY_24 = Instant.parse("2013-05-24T00:00:00Z");

    private static UrlPresigner presigner(S3StoreSettings settings, Instant now) {
        return new UrlPresigner(settings, new SigV4(settings.accessKeyId(), settings.secretAccessKey(), settings.region()),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** "Example: presigned URL" in AWS's SigV4 query-string authentication documentation, signature and all. */
    @Test
    void matchesAwssPublishedExample() {
        S3StoreSettings aws = new S3StoreSettings(Optional.empty(), Optional.empty(), "us-east-1", "examplebucket",
                "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", false);
        URI url = presigner(aws, MAY_24).presign(URI.create("https://examplebucket.s3.amazonaws.com"), "/test.txt", new TreeMap<>(),
                Duration.ofDays(1));
        assertEquals("https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z"
                + "&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404", url.toString());
    }

    @Test
    void awsObjectUrlIsVirtualHostedAndWhatTheSdkSigns() {
        S3StoreSettings aws = new S3StoreSettings(Optional.empty(), Optional.empty(), "us-east-1", "examplebucket",
                "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", false);
        URI url = presigner(aws, MAY_24).get(new BucketName("examplebucket"), new ObjectKey("test.txt"), Duration.ofDays(1));
        assertEquals(sdkSigned(URI.create("https://examplebucket.s3.us-east-1.amazonaws.com/test.txt"), MAY_24, aws, "", Duration.ofDays(1)),
                canonical(url.toString()));
    }

    @Test
    void listUrlWithAwkwardCharactersIsWhatTheSdkSigns() {
        S3StoreSettings store = new S3StoreSettings(Optional.of(URI.create("http://127.0.0.1:9000")), Optional.empty(), "eu-west-1",
                "sn13-data", "AK", "SK/with+odd=chars", true);
        Instant now = Instant.parse("2026-11-30T23:59:59Z");
        ListQuery query = ListQuery.of(new FolderPrefix("data/hotkey=5Abc/job_id=é ~x/")).withDelimiter("/").withMaxKeys(1000)
                .withContinuationToken("1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=");
        URI url = presigner(store, now).list(new BucketName("sn13-data"), query, Duration.ofHours(3));
        String s3Query = "continuation-token=1ueGcxLPRx1Tr%2FXYExHnhbYLgveDs2J%2Fwm36Hy4vbOwM%3D&delimiter=%2F&list-type=2"
                + "&max-keys=1000&prefix=data%2Fhotkey%3D5Abc%2Fjob_id%3D%C3%A9%20~x%2F";
        assertEquals(sdkSigned(URI.create("http://127.0.0.1:9000/sn13-data"), now, store, s3Query, Duration.ofHours(3)), canonical(url.toString()));
    }

    @Test
    void anObjectKeyKeepsItsSlashesAndEncodesTheRest() {
        S3StoreSettings store = new S3StoreSettings(Optional.of(URI.create("https://files.example.org:8443")), Optional.empty(), "us-west-2",
                "sn13-data", "AK", "SK", true);
        URI url = presigner(store, MAY_24).get(new BucketName("sn13-data"), new ObjectKey("data/hotkey=5Abc/job_id=1/a b+c.parquet"),
                Duration.ofMinutes(5));
        assertEquals("/sn13-data/data/hotkey%3D5Abc/job_id%3D1/a%20b%2Bc.parquet", url.getRawPath());
        assertEquals(sdkSigned(URI.create("https://files.example.org:8443" + url.getRawPath()), MAY_24, store, "", Duration.ofMinutes(5)),
                canonical(url.toString()));
    }

    /** The day's signing key is kept; a new day derives a new one, and the old day still signs as before. */
    @Test
    void theSigningKeyFollowsTheUtcDay() {
        SigV4 sigV4 = new SigV4("AK", "SK", "us-east-1");
        String monday = sigV4.sign(Instant.parse("2026-11-30T23:59:59Z"), "policy");
        String tuesday = sigV4.sign(Instant.parse("2026-12-01T00:00:00Z"), "policy");
        assertNotEquals(monday, tuesday);
        assertEquals(new SigV4("AK", "SK", "us-east-1").sign(Instant.parse("2026-12-01T12:00:00Z"), "policy"), tuesday);
        assertEquals(monday, sigV4.sign(Instant.parse("2026-11-30T00:00:00Z"), "policy"));
    }

    private static String sdkSigned(URI resource, Instant now, S3StoreSettings settings, String rawQuery, Duration ttl) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.GET).uri(resource)
                .encodedPath(resource.getRawPath());
        if (!rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.appendRawQueryParameter(nameValue[0], java.net.URLDecoder.decode(nameValue[1].replace("+", "%2B"),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        URI signed = AwsV4HttpSigner.create().sign(r -> r.identity(AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey()))
                        .request(request.build())
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, settings.region())
                        .putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                        .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, ttl)
                        .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                        .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                        .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
                        .putProperty(AwsV4FamilyHttpSigner.SIGNING_CLOCK, Clock.fixed(now, ZoneOffset.UTC)))
                .request().getUri();
        return canonical(signed.toString());
    }

    /** The SDK orders the query differently; the URL is the same request when the sorted pairs are equal. */
    private static String canonical(String url) {
        int query = url.indexOf('?');
        return url.substring(0, query) + "?" + String.join("&", new TreeSet<>(List.of(url.substring(query + 1).split("&"))));
    }
}
