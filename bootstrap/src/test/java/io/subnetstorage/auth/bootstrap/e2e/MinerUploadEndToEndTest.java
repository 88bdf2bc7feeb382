package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.CHARLIE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.folder;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.storage.contract.ListingXml;
import io.subnetstorage.auth.application.storage.contract.StoreHttp;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A miner asks for its grant through HTTP with a real sr25519 signature and uploads with the form as returned. */
@MicronautTest
class MinerUploadEndToEndTest extends ServiceTest {

    @Inject
    EmbeddedServer server;

    private Wire wire() {
        return new Wire(server.getURI());
    }

    private Wire.Answer grant(io.subnetstorage.auth.bittensor.identity.Sr25519Keypair miner) {
        Wire.Answer answer = wire().post("/get-folder-access", Signer.miner(miner, now()));
        assertEquals(200, answer.status(), answer.text());
        return answer;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> fields(Wire.Answer grant) {
        return (Map<String, String>) grant.json().get("fields");
    }

    private static StoreHttp.Reply upload(Wire.Answer grant, String key, byte[] content) {
        return StoreHttp.post(URI.create(grant.string("url")), withKey(fields(grant), key), content);
    }

    private static Map<String, String> withKey(Map<String, String> fields, String key) {
        var copy = new java.util.LinkedHashMap<>(fields);
        copy.put("key", key);
        return copy;
    }

    @Test
    void theGrantHasTheDeployedShapeFieldForField() throws Exception {
        long timestamp = now();
        Wire.Answer grant = wire().post("/get-folder-access", Signer.miner(ALICE, timestamp));
        assertEquals(200, grant.status(), grant.text());
        assertEquals(folder(ALICE), grant.string("folder"));
        assertEquals("POST", grant.string("method"));
        assertEquals(TestStore.endpoint() + "/" + TestStore.BUCKET, grant.string("url"));
        assertEquals(List.of("acl", "x-amz-storage-class", "key", "x-amz-algorithm", "x-amz-credential", "x-amz-date", "policy",
                "x-amz-signature"), new ArrayList<>(fields(grant).keySet()));
        assertEquals(folder(ALICE) + "${filename}", fields(grant).get("key"));
        assertEquals("private", fields(grant).get("acl"));
        assertEquals("STANDARD", fields(grant).get("x-amz-storage-class"));
        String expectedExpiry = LocalDateTime.ofEpochSecond(timestamp + 86_400, 0, ZoneOffset.UTC).toString();
        assertEquals(expectedExpiry.length() == 16 ? expectedExpiry + ":00" : expectedExpiry, grant.string("expiry"));
        assertEquals("data/hotkey={hotkey_id}/job_id={job_id}/", grant.map("structure_info").get("folder_structure"));
        String policy = new String(Base64.getDecoder().decode(fields(grant).get("policy")), StandardCharsets.UTF_8);
        Map<?, ?> policyJson = new ObjectMapper().readValue(policy, Map.class);
        List<?> conditions = (List<?>) policyJson.get("conditions");
        assertTrue(conditions.contains(List.of("starts-with", "$key", folder(ALICE))), policy);
        assertTrue(conditions.contains(List.of("content-length-range", 1024, 5368709120L)), policy);
        assertTrue(conditions.contains(Map.of("acl", "private")), policy);
        assertTrue(conditions.contains(Map.of("x-amz-storage-class", "STANDARD")), policy);
        assertTrue(conditions.contains(Map.of("bucket", TestStore.BUCKET)), policy);
    }

    @Test
    void theStoreAcceptsAnUploadInTheFolderAndTheListUrlShowsIt() {
        Wire.Answer grant = grant(ALICE);
        String key = folder(ALICE) + "job_id=" + UUID.randomUUID() + "/data_20261123_120000_10.parquet";
        byte[] content = randomBytes(2048);
        StoreHttp.Reply reply = upload(grant, key, content);
        assertEquals(204, reply.status(), reply.text());
        ListingXml listing = ListingXml.parse(StoreHttp.get(URI.create(grant.string("list_url"))).body());
        assertTrue(listing.keys().contains(key), listing.keys().toString());
    }

    @Test
    void theStoreRefusesWhatThePolicyForbids() {
        Wire.Answer grant = grant(ALICE);
        String job = folder(ALICE) + "job_id=" + UUID.randomUUID() + "/";
        assertEquals(400, upload(grant, job + "small.parquet", randomBytes(512)).status(), "under 1 KiB");
        assertEquals(403, upload(grant, "data/elsewhere/x.parquet", randomBytes(2048)).status(), "outside the folder");
        assertEquals(403, upload(grant, folder(CHARLIE) + "job_id=1/x.parquet", randomBytes(2048)).status(), "another miner");
        Map<String, String> tampered = withKey(fields(grant), job + "t.parquet");
        tampered.put("x-amz-signature", "0".repeat(64));
        assertEquals(403, StoreHttp.post(URI.create(grant.string("url")), tampered, randomBytes(2048)).status(), "bad signature");
    }

    /** SPEC §7 keys are literal, as on AWS: ".." in a key from Alice's form never lands in Charlie's folder. */
    @Test
    void aKeyWithDotDotStaysInTheMinersOwnFolder() {
        Wire.Answer grant = grant(ALICE);
        String job = "job_id=" + UUID.randomUUID() + "/";
        String key = folder(ALICE) + "../hotkey=" + CHARLIE.address() + "/" + job + "planted.parquet";
        // Alice's folder exists on disk once it holds a file: a file system resolves ".." only through one that does.
        assertEquals(204, upload(grant, folder(ALICE) + job + "first.parquet", randomBytes(2048)).status());
        StoreHttp.Reply reply = upload(grant, key, randomBytes(2048));
        assertEquals(204, reply.status(), reply.text());
        List<String> alices = ListingXml.parse(StoreHttp.get(URI.create(grant.string("list_url"))).body()).keys();
        assertTrue(alices.contains(key), () -> "not stored under its literal key in Alice's folder: " + alices);
        List<String> charlies = ListingXml.parse(StoreHttp.get(URI.create(grant(CHARLIE).string("list_url"))).body()).keys();
        assertTrue(charlies.stream().noneMatch(k -> k.contains(job)), () -> "in Charlie's folder: " + charlies);
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

}
