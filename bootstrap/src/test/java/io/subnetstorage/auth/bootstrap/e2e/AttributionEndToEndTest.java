package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.BOB;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.CHARLIE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.folder;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.storage.contract.StoreHttp;
import io.subnetstorage.auth.bittensor.identity.Sr25519;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import io.subnetstorage.auth.domain.attribution.AttributionReceipt;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SPEC §9 against the real service on an S3 store with POST forms: receipts for form uploads, signed by the
 * published key and kept beside the data, each refusal with its reason, and the refusals at upload.
 */
@MicronautTest
class AttributionEndToEndTest extends ServiceTest {

    @Inject
    EmbeddedServer server;

    private Wire wire() {
        return new Wire(server.getURI());
    }

    /** A file uploaded through the folder form, as today's clients do; its key. */
    @SuppressWarnings("unchecked")
    private String uploadedByForm(String name, byte[] content) {
        Wire.Answer grant = wire().post("/get-folder-access", Signer.miner(ALICE, now()));
        assertEquals(200, grant.status(), grant.text());
        String key = folder(ALICE) + "job_id=" + UUID.randomUUID() + "/" + name;
        Map<String, String> fields = new LinkedHashMap<>((Map<String, String>) grant.json().get("fields"));
        fields.put("key", key);
        assertEquals(204, StoreHttp.post(URI.create(grant.string("url")), fields, content).status());
        return key;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(Wire.Answer answer, String field) {
        return (List<Map<String, Object>>) answer.json().get(field);
    }

    private Wire.Answer register(Attributions.Claim... claims) {
        Wire.Answer answer = wire().post("/register-attributions", Attributions.register(ALICE, now(),
                java.util.Arrays.stream(claims).map(Attributions.Claim::presented).toList()));
        assertEquals(200, answer.status(), answer.text());
        return answer;
    }

    private String onlyRejection(Attributions.Claim claim) {
        Wire.Answer answer = register(claim);
        assertEquals(List.of(), list(answer, "accepted"));
        return (String) list(answer, "rejected").get(0).get("reason");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFormUploadGetsAReceiptSignedByThePublishedKeyKeptBesideTheDataAndVerifiable() throws Exception {
        byte[] content = Attributions.random(3000);
        String key = uploadedByForm("data_20260301_120000:5000.parquet", content);
        Attributions.Claim claim = Attributions.claim(ALICE, key, content, now(), Attributions.nonce());

        Map<String, Object> accepted = list(register(claim), "accepted").get(0);
        assertEquals(key, accepted.get("file_path"), "a ':' in the file name is part of the path");
        Map<String, Object> receipt = (Map<String, Object>) accepted.get("receipt");
        assertEquals(claim.message(), receipt.get("message"));

        Wire.Answer published = wire().get("/attribution-key");
        Sr25519Keypair serviceKey = Sr25519Keypair.fromUri(ATTRIBUTION_KEY);
        assertEquals(Map.of("ss58", serviceKey.address(), "public_key", serviceKey.publicKeyHex(), "previous", List.of()), published.json());
        String signedText = AttributionReceipt.signedText(claim.message(), Signature.fromHex(claim.signature()), (String) receipt.get("etag"),
                ((Number) receipt.get("registered_at")).longValue());
        assertTrue(Sr25519.verify(HexFormat.of().parseHex((String) published.json().get("public_key")),
                signedText.getBytes(StandardCharsets.UTF_8), HexFormat.of().parseHex((String) receipt.get("service_signature"))));

        String sidecarKey = "attribution/hotkey=" + ALICE.address() + "/" + key.substring(folder(ALICE).length()) + ".json";
        byte[] sidecar = TestStore.store().objectIo().orElseThrow().get(TestStore.bucket(), new ObjectKey(sidecarKey)).orElseThrow()
                .readAllBytes();
        assertEquals(receipt, new com.fasterxml.jackson.databind.ObjectMapper().readValue(sidecar, Map.class));

        Wire.Answer verified = wire().post("/verify-attribution", Attributions.verify(BOB, ALICE, now(), List.of(key)));
        assertEquals(200, verified.status(), verified.text());
        assertEquals(ALICE.address(), verified.string("miner_hotkey"));
        Map<String, Object> result = (Map<String, Object>) verified.map("results").get(key);
        assertEquals("attributed", result.get("status"));
        assertEquals("unchecked", result.get("content"));
        assertEquals(Map.of("message", claim.message(), "signature", claim.signature()), result.get("attribution"));
        assertEquals(receipt, result.get("receipt"));
        Map<String, Object> checks = new LinkedHashMap<>((Map<String, Object>) result.get("checks"));
        assertNull(checks.remove("sha256_metadata"), "a form upload carries no x-amz-meta-sha256");
        assertEquals(Map.of("signature", true, "nonce_unique", true, "size", true, "etag_unchanged", true, "registered_at_upload", false),
                checks);
        assertArrayEquals(sidecar, StoreHttp.get(URI.create((String) result.get("sidecar_url"))).body());

        assertEquals("nonce_reused", onlyRejection(claim), "a receipt spends the nonce");
    }

    @Test
    void everyRefusalNamesItsReason() {
        byte[] content = Attributions.random(2000);
        String key = uploadedByForm("refusals.parquet", content);
        String nonce = Attributions.nonce();
        assertEquals("object_missing", onlyRejection(Attributions.claim(ALICE, key + ".absent", content, now(), Attributions.nonce())));
        assertEquals("size_mismatch", onlyRejection(Attributions.claim(ALICE, key, Attributions.random(2001), now(), Attributions.nonce())));
        String charliesKey = folder(CHARLIE) + "job_id=1/theirs.parquet";
        assertEquals("outside_folder", onlyRejection(Attributions.claim(ALICE, charliesKey, content, now(), Attributions.nonce())),
                "a claim on another miner's file");
        assertEquals("outside_folder", onlyRejection(Attributions.claim(CHARLIE, key, content, now(), Attributions.nonce())),
                "another miner's claim presented by Alice");
        assertEquals("signature_invalid", onlyRejection(Attributions.claim(CHARLIE, Hotkey.of(ALICE.address()), key, content, now(),
                Attributions.nonce())), "Alice's name, Charlie's signature");
        assertEquals("not_registered", onlyRejection(Attributions.claim(ALICE, key, content, now() - 3600, Attributions.nonce())),
                "signed an hour ago, before this registry saw Alice on the metagraph");
        assertEquals("stale", onlyRejection(Attributions.claim(ALICE, key, content, now() - 8 * 86_400, Attributions.nonce())));
        Wire.Answer garbled = wire().post("/register-attributions", Attributions.register(ALICE, now(),
                List.of(Map.of("message", "no:fields", "signature", "00"))));
        assertEquals(List.of(), list(garbled, "accepted"));
        Map<String, Object> rejected = list(garbled, "rejected").get(0);
        assertTrue(rejected.containsKey("file_path") && rejected.get("file_path") == null, "too garbled to name a file: " + rejected);
        assertEquals("malformed", rejected.get("reason"));

        assertEquals(1, list(register(Attributions.claim(ALICE, key, content, now(), nonce)), "accepted").size());
        String other = uploadedByForm("other.parquet", content);
        assertEquals("nonce_reused", onlyRejection(Attributions.claim(ALICE, other, content, now(), nonce)), "one nonce, one claim");
    }

    @Test
    @SuppressWarnings("unchecked")
    void atUploadAnAttributionIsCheckedSignedIntoTheFormAndItsNonceSpent() throws Exception {
        byte[] content = Attributions.random(1500);
        String job = UUID.randomUUID().toString();
        String key = folder(ALICE) + "job_id=" + job + "/bound.parquet";
        Attributions.Claim claim = Attributions.claim(ALICE, key, content, now(), Attributions.nonce());
        Map<String, Object> sized = Map.of("size", content.length, "sha256", claim.attribution().sha256Hex());

        Wire.Answer noHash = wire().post("/get-file-upload-url", Attributions.fileUpload(ALICE, now(), job, "bound.parquet",
                Map.of("size", content.length, "attribution", claim.uploadField())));
        assertEquals(400, noHash.status());
        assertEquals("Attribution refused: malformed", noHash.detail());
        Attributions.Claim forged = Attributions.claim(CHARLIE, Hotkey.of(ALICE.address()), key, content, now(), Attributions.nonce());
        Map<String, Object> forgedBody = new LinkedHashMap<>(sized);
        forgedBody.put("attribution", forged.uploadField());
        assertEquals("Attribution refused: signature_invalid",
                wire().post("/get-file-upload-url", Attributions.fileUpload(ALICE, now(), job, "bound.parquet", forgedBody)).detail());

        Map<String, Object> body = new LinkedHashMap<>(sized);
        body.put("attribution", claim.uploadField());
        Wire.Answer grant = wire().post("/get-file-upload-url", Attributions.fileUpload(ALICE, now(), job, "bound.parquet", body));
        assertEquals(200, grant.status(), grant.text());
        Map<String, String> fields = (Map<String, String>) grant.json().get("fields");
        assertEquals(claim.signature(), fields.get("x-amz-meta-attribution-signature"), "the POST form binds the claim as fields");
        assertEquals(204, StoreHttp.post(URI.create(grant.string("url")), fields, content).status());
        var stored = TestStore.store().objectIo().orElseThrow().head(TestStore.bucket(), new ObjectKey(key)).orElseThrow();
        assertEquals(claim.message(), new String(java.util.Base64.getDecoder().decode(stored.metadata().get("attribution")),
                StandardCharsets.UTF_8));

        Attributions.Claim sameNonce = Attributions.claim(ALICE, folder(ALICE) + "job_id=" + job + "/again.parquet", content, now(),
                claim.attribution().nonce().value());
        Map<String, Object> again = new LinkedHashMap<>(sized);
        again.put("attribution", sameNonce.uploadField());
        Wire.Answer replay = wire().post("/get-file-upload-url", Attributions.fileUpload(ALICE, now(), job, "again.parquet", again));
        assertEquals(400, replay.status());
        assertEquals("Attribution refused: nonce_reused", replay.detail());

        assertEquals(1, list(register(claim), "accepted").size(), "the upload-bound claim gets its receipt");
        Map<String, Object> result = (Map<String, Object>) wire().post("/verify-attribution",
                Attributions.verify(BOB, ALICE, now(), List.of(key))).map("results").get(key);
        assertEquals("attributed", result.get("status"));
        assertEquals(true, ((Map<String, Object>) result.get("checks")).get("registered_at_upload"));
        assertEquals(true, ((Map<String, Object>) result.get("checks")).get("sha256_metadata"));
    }
}
