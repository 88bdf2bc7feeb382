package io.subnetstorage.auth.bootstrap.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.ListPage;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.Listings;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import io.subnetstorage.auth.s3.S3ObjectStores;
import io.subnetstorage.auth.s3.S3StoreSettings;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The in-process listing gives, page for page, what the S3 adapter reads over HTTP from the same s3proxy: the
 * service's walks, storage cap and mirrors must not see a different store because it is the embedded one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InProcessListingsTest {

    private static final LocalCredentials CREDENTIALS = new LocalCredentials("list-access", "list-secret-key-0123456789");
    private static final BucketName BUCKET = new BucketName("in-process");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String MINER = "data/hotkey=5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY/";

    private EmbeddedStore embedded;
    private ObjectStore overHttp;
    private Listings http;
    private Listings inProcess;

    @BeforeAll
    void seed() throws Exception {
        embedded = EmbeddedStore.start(Files.createTempDirectory("ssa-in-process"), 0, BUCKET.value(), CREDENTIALS);
        overHttp = S3ObjectStores.create(new S3StoreSettings(Optional.of(embedded.endpoint()), Optional.empty(), "us-east-1",
                BUCKET.value(), CREDENTIALS.accessKeyId(), CREDENTIALS.secretAccessKey(), true));
        http = overHttp.listings().orElseThrow();
        inProcess = embedded.listingInProcess(overHttp).listings().orElseThrow();
        var io = overHttp.objectIo().orElseThrow();
        for (String name : List.of("job_id=1/a.parquet", "job_id=1/b c+d%.parquet", "job_id=2/é.json", "job_id=3/x", "job_id=3/y",
                "job_id=10/z", "loose.txt")) {
            io.put(BUCKET, new ObjectKey(MINER + name), ObjectContent.of(name.getBytes(), Map.of()));
        }
        io.put(BUCKET, new ObjectKey("data/hotkey=not-a-miner/job_id=1/q"), ObjectContent.of(new byte[3], Map.of()));
        // An unfinished multipart upload leaves s3proxy's stub object at the bucket's root; listings hide it.
        try (S3Client client = S3Client.builder().endpointOverride(embedded.endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(CREDENTIALS.accessKeyId(), CREDENTIALS.secretAccessKey())))
                .build()) {
            client.createMultipartUpload(request -> request.bucket(BUCKET.value()).key(MINER + "job_id=4/unfinished"));
        }
    }

    @AfterAll
    void stop() throws Exception {
        overHttp.close();
        embedded.close();
    }

    @Test
    void everyQueryGivesTheSamePageAsOverHttp() {
        for (ListQuery query : List.of(
                ListQuery.of(new FolderPrefix("")),
                ListQuery.of(new FolderPrefix("data/hotkey=")).withDelimiter("/"),
                ListQuery.of(new FolderPrefix(MINER)).withDelimiter("/"),
                ListQuery.of(new FolderPrefix(MINER)),
                ListQuery.of(new FolderPrefix(MINER + "job_id=1/")),
                ListQuery.of(new FolderPrefix("nothing/")))) {
            ListPage expected = http.list(BUCKET, query, TIMEOUT);
            assertEquals(expected, inProcess.list(BUCKET, query, TIMEOUT), query::toString);
        }
    }

    @Test
    void theSamePagesAreHandedOutAndTheirTokensAreTheStores() {
        List<ListPage> overHttpPages = pages(http, ListQuery.of(new FolderPrefix(MINER)).withMaxKeys(2));
        assertTrue(overHttpPages.size() > 2, "paged: " + overHttpPages);
        assertEquals(overHttpPages, pages(inProcess, ListQuery.of(new FolderPrefix(MINER)).withMaxKeys(2)));
        // More than s3proxy's page is capped to its page, as over HTTP.
        assertEquals(http.list(BUCKET, ListQuery.of(new FolderPrefix("")).withMaxKeys(5000), TIMEOUT),
                inProcess.list(BUCKET, ListQuery.of(new FolderPrefix("")).withMaxKeys(5000), TIMEOUT));
    }

    @Test
    void theFieldsAreTheOnesTheXmlCarries() {
        ListPage page = inProcess.list(BUCKET, ListQuery.of(new FolderPrefix(MINER + "job_id=1/")), TIMEOUT);
        var first = page.objects().get(0);
        assertTrue(first.etag().startsWith("\"") && first.etag().endsWith("\""), first.etag());
        assertEquals(0, first.lastModified().getNano(), "to the second, as the XML has it");
        assertEquals("job_id=1/a.parquet".length(), first.size());
        assertFalse(inProcess.list(BUCKET, ListQuery.of(new FolderPrefix("")), TIMEOUT).objects().stream()
                .anyMatch(o -> o.key().value().startsWith(InProcessListings.MULTIPART_STUB_PREFIX)), "no multipart stub");
    }

    @Test
    void aMissingBucketIsUnavailableAsOverHttp() {
        ListQuery query = ListQuery.of(new FolderPrefix(MINER));
        assertThrows(DependencyUnavailable.class, () -> http.list(new BucketName("no-such-bucket"), query, TIMEOUT));
        assertThrows(DependencyUnavailable.class, () -> inProcess.list(new BucketName("no-such-bucket"), query, TIMEOUT));
    }

    @Test
    void presignedListingsStillPointAtTheStoresEndpoint() {
        ListQuery query = ListQuery.of(new FolderPrefix(MINER));
        assertTrue(inProcess.presignList(BUCKET, query, Duration.ofMinutes(5)).toString().startsWith(embedded.endpoint().toString()));
    }

    private static List<ListPage> pages(Listings listings, ListQuery first) {
        List<ListPage> pages = new ArrayList<>();
        ListQuery query = first;
        while (true) {
            ListPage page = listings.list(BUCKET, query, TIMEOUT);
            pages.add(page);
            if (page.nextContinuationToken().isEmpty()) {
                return pages;
            }
            query = first.withContinuationToken(page.nextContinuationToken().get());
        }
    }
}
