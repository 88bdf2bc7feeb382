package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.port.in.SweepUnboundedUploadsUseCase;
import io.subnetstorage.auth.application.port.in.UploadSweepReport;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.bootstrap.support.FakeHippiusServer;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7 on a PUT store (fakehippius): a miner gets upload URLs without a size from {@code /get-file-upload-url},
 * uploads 10 bytes through one and 2000 through another. Nothing is judged while a URL lives or has just expired;
 * then the 10-byte object is deleted, the 2000-byte one kept, an unused URL recorded absent, in the ledger, the
 * miner's grant history and the metrics.
 */
@MicronautTest
class UnboundedUploadSweepEndToEndTest extends ServiceTest {

    private static final String BUCKET = "sweep-bucket";
    private static final String TOKEN = "sweep-admin-token";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private FakeHippiusServer hippius;

    @Inject
    EmbeddedServer server;

    @Inject
    SweepUnboundedUploadsUseCase sweep;

    @Inject
    StoreRegistry stores;

    @Override
    protected Map<String, String> extraProperties() {
        hippius = FakeHippiusServer.start(BUCKET);
        Map<String, String> properties = new java.util.HashMap<>(hippius.properties());
        properties.putAll(Map.of("ssa.stores.upload-store", "hippius", "ssa.admin-token", TOKEN));
        return properties;
    }

    @AfterAll
    void stopHippius() {
        hippius.close();
    }

    private Wire wire() {
        return new Wire(server.getURI());
    }

    /** A PUT URL without a size, as Subnet 13 miners ask for it; answers the key. */
    private String upload(String job, String filename, byte[] content) throws Exception {
        Wire.Answer grant = wire().post("/get-file-upload-url", Signer.fileUpload(ALICE, job, filename, now()));
        assertEquals(200, grant.status(), grant.text());
        assertEquals("PUT", grant.string("method"));
        assertTrue(!grant.map("headers").containsKey("Content-Length"), "no size, so no length is signed");
        if (content != null) {
            HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(grant.string("url"))).PUT(HttpRequest.BodyPublishers.ofByteArray(content));
            grant.map("headers").forEach((name, value) -> put.header(name, (String) value));
            assertEquals(200, HTTP.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        return grant.string("s3_key");
    }

    private boolean stored(String key) {
        ObjectIo io = stores.get(StoreKind.HIPPIUS).objectIo().orElseThrow();
        return io.head(new BucketName(BUCKET), new ObjectKey(key)).isPresent();
    }

    /** Moves the grants of {@code job} back in time, as if issued {@code minutes} earlier. */
    private void age(String job, int minutes) throws Exception {
        try (var db = database().connect()) {
            int moved = db.createStatement().executeUpdate("UPDATE access_grants SET issued_at = issued_at - interval '" + minutes
                    + " minutes', expires_at = expires_at - interval '" + minutes + " minutes' WHERE object_key LIKE '%job_id=" + job + "/%'");
            assertEquals(3, moved);
        }
    }

    /** {@code size_check:size_found} by file name; {@code -} for null. */
    private Map<String, String> checks(String job) throws Exception {
        Map<String, String> checks = new HashMap<>();
        try (var db = database().connect(); ResultSet rows = db.createStatement().executeQuery("SELECT object_key, size_check, size_found,"
                + " size_checked_at FROM access_grants WHERE object_key LIKE '%job_id=" + job + "/%'")) {
            while (rows.next()) {
                String name = rows.getString("object_key").substring(rows.getString("object_key").lastIndexOf('/') + 1);
                checks.put(name, rows.getString("size_check") + ":" + rows.getString("size_found"));
            }
        }
        return checks;
    }

    @Test
    void aTooSmallUploadIsDeletedAfterItsUrlExpiredAndEveryOutcomeIsRecorded() throws Exception {
        String job = UUID.randomUUID().toString();
        String tiny = upload(job, "tiny.parquet", new byte[10]);
        String fine = upload(job, "fine.parquet", new byte[2000]);
        upload(job, "unused.parquet", null);
        Map<String, String> unchecked = Map.of("tiny.parquet", "null:null", "fine.parquet", "null:null", "unused.parquet", "null:null");

        assertEquals(0, sweep.run().orElseThrow().checked(), "the URLs still live");
        age(job, 70);
        assertEquals(0, sweep.run().orElseThrow().checked(), "expired ten minutes ago: an upload may still be arriving");
        assertEquals(unchecked, checks(job));
        assertTrue(stored(tiny));

        age(job, 60);
        UploadSweepReport report = sweep.run().orElseThrow();
        assertEquals(new UploadSweepReport(1, 1, 1, 0), report);
        assertEquals(Map.of("tiny.parquet", "deleted:10", "fine.parquet", "ok:2000", "unused.parquet", "absent:null"), checks(job));
        assertTrue(!stored(tiny), "the 10-byte object is gone");
        assertTrue(stored(fine), "the 2000-byte object stays");
        assertEquals(0, sweep.run().orElseThrow().checked(), "checked once");

        Wire.Answer history = wire().get("/operator/hotkeys/" + ALICE.address(), Map.of("Authorization", "Bearer " + TOKEN));
        assertEquals(200, history.status(), history.text());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> recent = (List<Map<String, Object>>) history.json().get("recent_grants");
        Map<String, String> seen = recent.stream().filter(grant -> String.valueOf(grant.get("object_key")).contains(job))
                .collect(Collectors.toMap(grant -> (String) grant.get("object_key"), grant -> grant.get("size_check") + ":" + grant.get("size_found")));
        assertEquals(Map.of(tiny, "deleted:10", fine, "ok:2000", tiny.replace("tiny", "unused"), "absent:null"), seen);
        assertTrue(recent.stream().filter(grant -> tiny.equals(grant.get("object_key")))
                .allMatch(grant -> "PUT".equals(grant.get("http_method")) && grant.get("size_checked_at") != null), history.text());

        String metrics = wire().get("/metrics").text();
        assertTrue(metrics.contains("ssa_oversize_uploads_deleted_total{store=\"hippius\"} 1.0"), metrics);
    }
}
