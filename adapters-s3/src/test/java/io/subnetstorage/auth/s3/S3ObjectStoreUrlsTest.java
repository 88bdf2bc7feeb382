package io.subnetstorage.auth.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.UploadConstraints;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.util.OptionalLong;
import io.subnetstorage.auth.application.port.out.storage.UploadLimits;
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
    static final BucketName BUCKET = new BucketName("sn13-data");
    static final StorageLocation LOCATION = new StorageLocation(BUCKET, FOLDER);
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
                aws.folderUploads().orElseThrow().presignFolderUpload(LOCATION, UploadLimits.DEPLOYED, Instant.now().plusSeconds(60)).url());
        URI get = aws.downloads().orElseThrow().presignGet(BUCKET, KEY, Duration.ofHours(1));
        assertEquals(host, get.getHost());
        assertEquals("/" + KEY.value(), get.getPath());
        URI list = aws.listings().orElseThrow().presignList(BUCKET, ListQuery.of(FOLDER).withDelimiter("/"), Duration.ofHours(3));
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
                store.folderUploads().orElseThrow().presignFolderUpload(LOCATION, UploadLimits.DEPLOYED, Instant.now().plusSeconds(60)).url());
        URI objectForm = store.objectUploads().orElseThrow().presignObjectUpload(BUCKET, KEY,
                UploadConstraints.of(OptionalLong.empty(), UploadLimits.DEPLOYED, java.util.Map.of()), Duration.ofHours(1)).url();
        for (URI url : new URI[] {store.downloads().orElseThrow().presignGet(BUCKET, KEY, Duration.ofHours(1)), objectForm,
                store.listings().orElseThrow().presignList(BUCKET, ListQuery.of(FOLDER), Duration.ofHours(1))}) {
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
            String policy = store.folderUploads().orElseThrow().presignFolderUpload(LOCATION, UploadLimits.DEPLOYED,
                    now.plus(Duration.ofDays(30))).fields().get("policy");
            String json = new String(Base64.getDecoder().decode(policy), StandardCharsets.UTF_8);
            assertTrue(json.startsWith("{\"expiration\": \"2025-01-08T00:00:00Z\""), json);
        }
    }
}
