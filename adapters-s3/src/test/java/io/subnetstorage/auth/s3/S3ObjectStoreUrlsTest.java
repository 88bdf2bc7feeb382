package io.subnetstorage.auth.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.ListQuery;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.application.port.out.UploadLimits;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which host every presigned URL names: AWS virtual-hosted, or the public endpoint path-style. Offline. */
class S3ObjectStoreUrlsTest {

    static final FolderPrefix FOLDER = new FolderPrefix("data/hotkey=5Abc/");
    static final ObjectKey KEY = new ObjectKey("data/hotkey=5Abc/job_id=1/data_20250101_000000_10.parquet");

    private static S3ObjectStore store(Optional<URI> endpoint, Optional<URI> publicEndpoint, boolean pathStyle) {
        return (S3ObjectStore) S3ObjectStores.create(new S3StoreSettings(endpoint, publicEndpoint, "us-west-2",
                "sn13-data", "AK", "SK", pathStyle));
    }

    @Test
    void awsUrlsAreVirtualHosted() {
        try (S3ObjectStore aws = store(Optional.empty(), Optional.empty(), false)) {
            assertAwsShapes(aws);
        }
    }

    private static void assertAwsShapes(ObjectStore aws) {
        String host = "sn13-data.s3.us-west-2.amazonaws.com";
        assertEquals(URI.create("https://" + host),
                aws.presignPostPolicy(FOLDER, UploadLimits.DEPLOYED, Instant.now().plusSeconds(60)).url());
        URI get = aws.presignGet(KEY, Duration.ofHours(1));
        assertEquals(host, get.getHost());
        assertEquals("/" + KEY.value(), get.getPath());
        URI list = aws.presignList(ListQuery.of(FOLDER).withDelimiter("/"), Duration.ofHours(3));
        assertEquals("https://" + host + "/", list.toString().substring(0, list.toString().indexOf('?')));
        assertTrue(list.getRawQuery().contains("list-type=2"), list::toString);
        assertTrue(list.getRawQuery().contains("prefix=data%2Fhotkey%3D5Abc%2F"), list::toString);
        assertTrue(list.getRawQuery().contains("delimiter=%2F"), list::toString);
        assertTrue(list.getRawQuery().contains("X-Amz-Expires=10800"), list::toString);
        assertTrue(list.getRawQuery().contains("X-Amz-Credential=AK%2F"), list::toString);
    }

    /** SigV4 signs the Host: clients must get the host they can reach, not the service's internal one. */
    @Test
    void publicEndpointNamesEveryUrlPathStyle() {
        try (S3ObjectStore store = store(Optional.of(URI.create("http://s3.internal:9000")),
                Optional.of(URI.create("https://files.example.org")), true)) {
            assertPublicShapes(store);
        }
    }

    private static void assertPublicShapes(ObjectStore store) {
        assertEquals(URI.create("https://files.example.org/sn13-data"),
                store.presignPostPolicy(FOLDER, UploadLimits.DEPLOYED, Instant.now().plusSeconds(60)).url());
        for (URI url : new URI[] {store.presignGet(KEY, Duration.ofHours(1)), store.presignPut(KEY, Duration.ofHours(1)),
                store.presignList(ListQuery.of(FOLDER), Duration.ofHours(1))}) {
            assertEquals("files.example.org", url.getHost(), url::toString);
            assertTrue(url.getPath().startsWith("/sn13-data"), url::toString);
        }
    }

    @Test
    void postPolicyExpirationIsCappedAtSevenDays() {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        S3StoreSettings aws = new S3StoreSettings(Optional.empty(), Optional.empty(), "us-west-2", "sn13-data", "AK",
                "SK", false);
        try (var store = new S3ObjectStore(aws, Clock.fixed(now, ZoneOffset.UTC))) {
            String policy = store.presignPostPolicy(FOLDER, UploadLimits.DEPLOYED, now.plus(Duration.ofDays(30)))
                    .fields().get("policy");
            String json = new String(Base64.getDecoder().decode(policy), StandardCharsets.UTF_8);
            assertTrue(json.startsWith("{\"expiration\": \"2025-01-08T00:00:00Z\""), json);
        }
    }
}
