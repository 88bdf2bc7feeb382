package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.BOB;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.storage.contract.ListingXml;
import io.subnetstorage.auth.application.storage.contract.StoreHttp;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.bootstrap.support.FakeHippiusServer;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The Hippius plan's endpoints (SPEC §8) on fakehippius with a bucket per miner: registration makes the miner's
 * salted bucket, the upload access hands out PUT grants into it that the gateway accepts, the global listing is
 * refused with the contract's 409, the Hippius validator access lists every miner's bucket, and /hippius-health
 * reports from cached readings.
 */
@MicronautTest
class HippiusLifecycleEndToEndTest extends ServiceTest {

    private static final String ALICE_COLDKEY = Sr25519Keypair.fromUri("//Alice//stash").address();

    private FakeHippiusServer hippius;

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        hippius = FakeHippiusServer.start("e2e-lifecycle-unused");
        Map<String, String> properties = new HashMap<>(hippius.properties());
        properties.put("ssa.hippius.bucket", "");
        properties.put("ssa.hippius.layout", "per-miner");
        properties.put("ssa.hippius.bucket-salt", "e2e-salt-0123456789abcdef");
        List.of("endpoint", "bucket", "region", "access-key-id", "secret-access-key").forEach(name -> properties.put("ssa.s3." + name, ""));
        return properties;
    }

    @AfterAll
    void stopHippius() {
        hippius.close();
    }

    private Wire wire() {
        return new Wire(server.getURI());
    }

    private Wire.Answer register() {
        long now = now();
        String signature = ALICE.sign(Commitment.minerRegister(Coldkey.of(ALICE_COLDKEY), Hotkey.of(ALICE.address()), now).text()).hex();
        return wire().post("/register-miner", Map.of("coldkey", ALICE_COLDKEY, "hotkey", ALICE.address(), "timestamp", now,
                "signature", signature));
    }

    private Wire.Answer uploadAccess(String key, int size) {
        long now = now();
        String signature = ALICE.sign(Commitment.hippiusUpload(Coldkey.of(ALICE_COLDKEY), Hotkey.of(ALICE.address()), now).text()).hex();
        return wire().post("/get-hippius-upload-access", Map.of("coldkey", ALICE_COLDKEY, "hotkey", ALICE.address(), "timestamp", now,
                "signature", signature, "files", List.of(Map.of("key", key, "size", size))));
    }

    @Test
    void aRegisteredMinerUploadsIntoItsOwnBucketAndValidatorsListIt() {
        Wire.Answer registered = register();
        assertEquals(200, registered.status(), registered.text());
        String bucket = registered.string("bucket_name");
        assertTrue(bucket.matches("sn46-[a-z2-7]{20}"), bucket);
        assertEquals(hippius.endpoint().toString().replaceAll("/$", ""), registered.string("upload_endpoint").replaceAll("/$", ""));

        String key = "job_id=" + UUID.randomUUID() + "/data.parquet";
        Wire.Answer access = uploadAccess(key, 2048);
        assertEquals(200, access.status(), access.text());
        assertEquals("presigned_put", access.string("upload_method"));
        assertEquals(bucket, access.string("bucket_name"));
        assertEquals("data/hotkey=" + ALICE.address() + "/", access.string("folder_prefix"));
        assertEquals(false, access.json().get("attribution_required"));
        @SuppressWarnings("unchecked")
        Map<String, Object> grant = (Map<String, Object>) access.map("uploads").get("data/hotkey=" + ALICE.address() + "/" + key);
        @SuppressWarnings("unchecked")
        Map<String, String> headers = (Map<String, String>) grant.get("headers");
        byte[] content = new byte[2048];
        new java.util.Random(7).nextBytes(content);
        StoreHttp.Reply put = StoreHttp.put(URI.create((String) grant.get("url")), headers, content);
        assertEquals(200, put.status(), put.text());
        Wire.Answer files = wire().post("/get-file-presigned-urls", Signer.files(BOB, ALICE, now(), List.of("data/hotkey=" + ALICE.address()
                + "/" + key)));
        assertEquals(200, files.status(), files.text());
        @SuppressWarnings("unchecked")
        Map<String, Object> fileUrl = (Map<String, Object>) files.map("file_urls").get("data/hotkey=" + ALICE.address() + "/" + key);
        org.junit.jupiter.api.Assertions.assertArrayEquals(content,
                StoreHttp.get(URI.create((String) fileUrl.get("presigned_url"))).body(), "the validator reads the bytes the miner put");

        Wire.Answer global = wire().post("/get-validator-access", Signer.validatorAccess(BOB, now()));
        assertEquals(409, global.status());
        assertEquals("Global listing is not available with per-miner buckets: use /get-hippius-validator-access", global.detail());

        long now = now();
        Wire.Answer listed = wire().post("/get-hippius-validator-access", Map.of("hotkey", BOB.address(), "timestamp", now,
                "signature", BOB.sign(Commitment.hippiusValidator(now).text()).hex()));
        assertEquals(200, listed.status(), listed.text());
        assertEquals(List.of("read", "list"), listed.json().get("permissions"));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> buckets = (List<Map<String, String>>) listed.json().get("accessible_buckets");
        Map<String, String> alice = buckets.stream().filter(entry -> entry.get("miner_hotkey").equals(ALICE.address())).findFirst()
                .orElseThrow();
        assertEquals(bucket, alice.get("bucket"));
        StoreHttp.Reply listing = StoreHttp.get(URI.create(alice.get("list_url")));
        assertEquals(200, listing.status(), listing.text());
        assertTrue(ListingXml.parse(listing.body()).keys().contains("data/hotkey=" + ALICE.address() + "/" + key));

        Wire.Answer health = wire().get("/hippius-health");
        assertEquals(200, health.status(), health.text());
        assertEquals("healthy", health.string("status"), health.text());
        assertEquals(Map.of("master_account", "ok", "signing_key", "ok", "attribution_system", "ok"), health.json().get("components"));
        assertTrue(((Number) health.json().get("active_miners")).longValue() >= 1);
        assertTrue(((Number) health.json().get("total_buckets")).longValue() >= 1);
        assertTrue(List.of("ok", "unknown").contains(health.string("credit")), health.text());
        assertTrue(wire().get("/metrics").text().contains("ssa_store_credit_exhausted{store=\"hippius\"} 0.0"));
    }
}
