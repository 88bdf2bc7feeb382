package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.storage.contract.StoreHttp;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code /get-file-upload-url} body-signed (SPEC §7): segment rules and sizes refused before any signature
 * work, an exact size bound into the form, the object budget, and a ledger row per URL with key, method and bound.
 */
@MicronautTest
class FileUploadEndToEndTest extends ServiceTest {

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ssa.limits.files-per-miner", "4");
    }

    private Wire.Answer ask(String jobId, String filename, Long size) {
        long now = now();
        String signature = ALICE.sign(Commitment.minerFileUpload(Hotkey.of(ALICE.address()), jobId, filename, now).text()).hex();
        Map<String, Object> body = new HashMap<>(Map.of("hotkey", ALICE.address(), "timestamp", now, "signature", signature,
                "job_id", jobId, "filename", filename));
        if (size != null) {
            body.put("size", size);
        }
        return new Wire(server.getURI()).post("/get-file-upload-url", body);
    }

    @Test
    void badSegmentsAndSizesAreRefusedWithTheContractsTexts() {
        assertEquals("Invalid job_id", ask("..", "a.parquet", null).detail());
        assertEquals("Invalid job_id", ask("a/b", "a.parquet", null).detail());
        assertEquals("Invalid filename", ask("1", "a#b.parquet", null).detail());
        assertEquals("Invalid filename", ask("1", "x".repeat(256), null).detail());
        Wire.Answer small = ask("1", "a.parquet", 10L);
        assertEquals(400, small.status());
        assertEquals("File size out of range", small.detail());
    }

    @Test
    void anExactSizeIsBoundIntoTheFormAndEveryUrlIsALedgerRow() throws Exception {
        String job = UUID.randomUUID().toString();
        Wire.Answer grant = ask(job, "sized.parquet", 1500L);
        assertEquals(200, grant.status(), grant.text());
        @SuppressWarnings("unchecked")
        Map<String, String> fields = new LinkedHashMap<>((Map<String, String>) grant.json().get("fields"));
        URI url = URI.create(grant.string("url"));
        assertTrue(StoreHttp.post(url, fields, new byte[1600]).refused(), "another size than the one granted");
        assertEquals(204, StoreHttp.post(url, fields, new byte[1500]).status());
        try (var db = database().connect(); ResultSet row = db.createStatement().executeQuery(
                "SELECT object_key, http_method, size_bound, endpoint FROM access_grants WHERE object_key LIKE '%" + job + "%'")) {
            assertTrue(row.next());
            assertEquals(grant.string("s3_key"), row.getString("object_key"));
            assertEquals("POST", row.getString("http_method"));
            assertEquals(1500, row.getLong("size_bound"));
            assertEquals("/get-file-upload-url", row.getString("endpoint"));
        }
    }

    @Test
    void theObjectBudgetCountsUrlsAndRefusesWithItsLimit() {
        String job = UUID.randomUUID().toString();
        int granted = 0;
        Wire.Answer last = null;
        for (int i = 0; i < 6; i++) {
            last = ask(job, "f" + i + ".parquet", null);
            if (last.status() == 200) {
                granted++;
            }
        }
        assertTrue(granted <= 4, "at most the budget: " + granted);
        assertEquals(429, last.status());
        assertEquals("Daily limit of 4 exceeded.", last.detail());
    }
}
