package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.storage.contract.StoreHttp;
import io.subnetstorage.auth.application.testing.Eventually;
import io.subnetstorage.auth.bootstrap.support.FakeHippiusServer;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The S3 store (the shared s3proxy) mirrored to Hippius (fakehippius) with MIRROR_STORES=hippius: what a miner
 * uploads through a grant arrives on Hippius with its metadata and is verified; another object already on Hippius
 * under the same key is a conflict, reported and left as it is.
 */
@MicronautTest
class MirrorEndToEndTest extends HippiusMirrorTest {

    static final String HIPPIUS_BUCKET = "mirror-e2e";
    static final FakeHippiusServer HIPPIUS = FakeHippiusServer.start(HIPPIUS_BUCKET);

    @Override
    protected FakeHippiusServer hippius() {
        return HIPPIUS;
    }

    @AfterAll
    static void stopHippius() {
        HIPPIUS.close();
    }

    @Test
    void anObjectUploadedThroughAGrantArrivesOnHippiusWithItsMetadataAndIsVerified() throws Exception {
        byte[] bytes = new byte[2048];
        new java.util.Random(1).nextBytes(bytes);
        String sha256 = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        String job = UUID.randomUUID().toString();
        Wire.Answer grant = fileGrant(job, "mirrored.parquet", bytes.length, sha256);
        assertEquals(200, grant.status(), grant.text());
        @SuppressWarnings("unchecked")
        Map<String, String> fields = new LinkedHashMap<>((Map<String, String>) grant.json().get("fields"));
        assertEquals(204, StoreHttp.post(java.net.URI.create(grant.string("url")), fields, bytes).status());
        ObjectKey key = new ObjectKey(grant.string("s3_key"));

        Eventually.until(() -> "verified".equals(MirrorRows.state(database(), "hippius", key)), () -> "the copy of " + key
                + " is verified; row: " + MirrorRows.describe(database(), "hippius", key));

        ObjectIo hippius = hippiusIo();
        ObjectInfo copy = hippius.head(new BucketName(HIPPIUS_BUCKET), key).orElseThrow();
        ObjectInfo original = TestStore.store().objectIo().orElseThrow().head(TestStore.bucket(), key).orElseThrow();
        assertEquals(sha256, copy.metadata().get("sha256"), "the metadata the grant signed came along: " + copy.metadata());
        assertEquals(original.metadata(), copy.metadata());
        try (InputStream in = hippius.get(new BucketName(HIPPIUS_BUCKET), key).orElseThrow()) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        assertEquals(sha256, MirrorRows.sha256(database(), "hippius", key), "the SHA-256 computed while copying");

        Map<String, Object> hippiusHealth = Eventually.answer(this::hippiusStatus,
                status -> Integer.valueOf(0).equals(status.get("lag_objects")), "no lag on hippius");
        assertEquals("mirror", hippiusHealth.get("role"));
        assertEquals(0, hippiusHealth.get("lag_seconds"));
        String metrics = wire().get("/metrics").text();
        assertTrue(metrics.contains("ssa_mirror_lag_objects{mirror=\"hippius\"}"), metrics);
        assertTrue(metrics.contains("ssa_mirror_lag_seconds{mirror=\"hippius\"}"), metrics);
        assertTrue(metrics.contains("ssa_mirror_copies_total{mirror=\"hippius\"}"), metrics);
    }

    @Test
    void otherBytesUnderTheSameKeyOnHippiusAreAConflictReportedAndLeftUntouched() throws Exception {
        ObjectKey key = new ObjectKey(Signer.folder(ALICE) + "job_id=" + UUID.randomUUID() + "/clash.parquet");
        byte[] theirs = "already on hippius, other bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ObjectIo hippius = hippiusIo();
        hippius.put(new BucketName(HIPPIUS_BUCKET), key, ObjectContent.of(theirs, Map.of("origin", "elsewhere")));
        TestStore.store().objectIo().orElseThrow().put(TestStore.bucket(), key, ObjectContent.of(new byte[1500], Map.of()));

        Eventually.until(() -> "conflict".equals(MirrorRows.state(database(), "hippius", key)),
                () -> "a conflict; row: " + MirrorRows.describe(database(), "hippius", key));

        try (InputStream in = hippius.get(new BucketName(HIPPIUS_BUCKET), key).orElseThrow()) {
            assertArrayEquals(theirs, in.readAllBytes(), "never overwritten");
        }
        assertEquals(Map.of("origin", "elsewhere"), hippius.head(new BucketName(HIPPIUS_BUCKET), key).orElseThrow().metadata());
        Eventually.answer(this::hippiusStatus, status -> ((Number) status.get("conflicts")).intValue() >= 1,
                "the conflict in /healthcheck");
        String metrics = wire().get("/metrics").text();
        assertTrue(metrics.contains("ssa_mirror_failures_total{mirror=\"hippius\",reason=\"conflict\"}"), metrics);
    }

    private Wire.Answer fileGrant(String job, String filename, long size, String sha256) {
        long timestamp = now();
        String signature = ALICE.sign(Commitment.minerFileUpload(Hotkey.of(ALICE.address()), job, filename, timestamp).text()).hex();
        return wire().post("/get-file-upload-url", Map.of("hotkey", ALICE.address(), "timestamp", timestamp,
                "signature", signature, "job_id", job, "filename", filename, "size", size, "sha256", sha256));
    }
}
