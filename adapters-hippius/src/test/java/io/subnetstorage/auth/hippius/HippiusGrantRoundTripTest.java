package io.subnetstorage.auth.hippius;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.ObjectUpload;
import io.subnetstorage.auth.application.port.out.storage.UploadConstraints;
import io.subnetstorage.auth.application.port.out.storage.UploadLimits;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What a miner and a validator do with Hippius grants, in plain {@code java.net.http}: PUT the bytes sending
 * exactly the grant's headers, then GET them back through a presigned URL. And the URLs name the host
 * clients use, because SigV4 signs it.
 */
class HippiusGrantRoundTripTest extends AgainstFakeHippius {

    static final BucketName BUCKET = new BucketName("roundtrip-bucket");
    static final String FOLDER = "data/hotkey=roundtrip/job_id=7/";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Override
    String[] buckets() {
        return new String[] {BUCKET.value()};
    }

    @Test
    void aMinerPutsThroughItsGrantAndAValidatorDownloadsTheSameBytes() throws Exception {
        ObjectKey key = new ObjectKey(FOLDER + "data_20260301_120000_5000.parquet");
        byte[] content = random(40_000);
        Map<String, String> metadata = Map.of("sha256", sha256(content));
        ObjectUpload grant = store.objectUploads().orElseThrow().presignObjectUpload(BUCKET, key,
                UploadConstraints.of(OptionalLong.of(content.length), UploadLimits.DEPLOYED, metadata), Duration.ofHours(1));
        assertEquals(Map.of("Content-Length", "40000", "Content-Type", "application/octet-stream", "x-amz-meta-sha256", sha256(content)),
                grant.headers(), "every signed header but Host, and nothing else");
        HttpRequest.Builder put = HttpRequest.newBuilder(grant.url()).PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        // java.net.http sets Content-Length from the body itself; it is the grant's value.
        grant.headers().forEach((name, value) -> {
            if (!name.equals("Content-Length")) {
                put.header(name, value);
            }
        });
        assertEquals(200, HTTP.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<byte[]> got = HTTP.send(HttpRequest.newBuilder(store.downloads().orElseThrow().presignGet(BUCKET, key,
                Duration.ofHours(1))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, got.statusCode());
        assertArrayEquals(content, got.body());
        assertEquals(metadata, store.objectIo().orElseThrow().head(BUCKET, key).orElseThrow().metadata());
    }

    @Test
    void aGrantWithoutASizeSignsNoLength() throws Exception {
        ObjectKey key = new ObjectKey(FOLDER + "unsized.bin");
        ObjectUpload grant = store.objectUploads().orElseThrow().presignObjectUpload(BUCKET, key,
                UploadConstraints.of(OptionalLong.empty(), UploadLimits.DEPLOYED, Map.of()), Duration.ofHours(1));
        assertEquals(Map.of("Content-Type", "application/octet-stream"), grant.headers());
        HttpRequest put = HttpRequest.newBuilder(grant.url()).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(random(3000))).build();
        assertEquals(200, HTTP.send(put, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void aLargeWriteGoesInPartsWithTheMultipartEtag() throws Exception {
        ObjectKey key = new ObjectKey(FOLDER + "large.bin");
        int partSize = (int) Fixtures.SMALL_THRESHOLD;
        byte[] content = random(3 * partSize + 5);
        ObjectInfo written = store.objectIo().orElseThrow().put(BUCKET, key, ObjectContent.of(content, Map.of()));
        ByteArrayOutputStream partMd5s = new ByteArrayOutputStream();
        for (int from = 0; from < content.length; from += partSize) {
            partMd5s.write(MessageDigest.getInstance("MD5").digest(Arrays.copyOfRange(content, from, Math.min(content.length, from + partSize))));
        }
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(partMd5s.toByteArray())) + "-4", written.etag());
        assertEquals(4, hippius.count("UploadPart"));
        HttpResponse<byte[]> got = HTTP.send(HttpRequest.newBuilder(store.downloads().orElseThrow().presignGet(BUCKET, key,
                Duration.ofHours(1))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(content, got.body());
    }

    /** Hippius reads the host from X-Forwarded-Host first, which stands in for a proxy between clients and the store. */
    @Test
    void urlsAreSignedForThePublicHost() throws Exception {
        HippiusSettings behindProxy = Fixtures.shared(hippius, BUCKET);
        behindProxy = new HippiusSettings(behindProxy.accessKeyId(), behindProxy.secretAccessKey(), behindProxy.endpoint(),
                Optional.of(URI.create("https://files.example.org")), behindProxy.region(), behindProxy.layout(), behindProxy.bucket(),
                behindProxy.bucketPrefix(), behindProxy.bucketSalt(), behindProxy.multipartThreshold());
        ObjectKey key = new ObjectKey(FOLDER + "proxied.bin");
        byte[] content = random(100);
        store.objectIo().orElseThrow().put(BUCKET, key, ObjectContent.of(content, Map.of()));
        try (HippiusObjectStore proxied = Fixtures.store(behindProxy)) {
            URI url = proxied.downloads().orElseThrow().presignGet(BUCKET, key, Duration.ofHours(1));
            assertEquals("files.example.org", url.getHost());
            URI direct = hippius.endpoint().resolve(url.getRawPath() + "?" + url.getRawQuery());
            HttpResponse<byte[]> viaProxy = HTTP.send(HttpRequest.newBuilder(direct).header("X-Forwarded-Host", "files.example.org").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, viaProxy.statusCode());
            assertArrayEquals(content, viaProxy.body());
            int withOtherHost = HTTP.send(HttpRequest.newBuilder(direct).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertEquals(403, withOtherHost, "a URL signed for one host does not work for another");
            URI list = proxied.listings().orElseThrow().presignList(BUCKET, ListQuery.of(new FolderPrefix(FOLDER)), Duration.ofHours(1));
            assertEquals("files.example.org", list.getHost());
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
