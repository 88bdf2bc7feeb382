package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.BOB;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.folder;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.storage.contract.StoreHttp;
import io.subnetstorage.auth.bootstrap.support.FakeHippiusServer;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC §9 on a PUT-only store, Hippius (its stand-in, as the only store): the PUT URL signs the length and the
 * attribution headers, so the store itself refuses an upload whose headers were left out or edited; the
 * upload-bound claim is then registered, and verified on the store that holds it.
 */
@MicronautTest
class HippiusAttributionEndToEndTest extends ServiceTest {

    private static final FakeHippiusServer HIPPIUS = FakeHippiusServer.start();

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return HIPPIUS.onlyStoreProperties();
    }

    @AfterAll
    static void stopHippius() {
        HIPPIUS.close();
    }

    private Wire wire() {
        return new Wire(server.getURI());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> putGrant(String relativeKey, byte[] content, Attributions.Claim claim) {
        Map<String, Object> body = new LinkedHashMap<>(Signer.miner(ALICE, now()));
        body.put("files", List.of(Map.of("key", relativeKey, "size", content.length, "sha256", claim.attribution().sha256Hex(),
                "attribution", claim.uploadField())));
        Wire.Answer answer = wire().post("/get-folder-access", body);
        assertEquals(200, answer.status(), answer.text());
        assertEquals("PUT", answer.string("method"));
        return (Map<String, Object>) answer.map("uploads").get(folder(ALICE) + relativeKey);
    }

    private static Map<String, String> without(Map<String, String> headers, String name) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.remove(name);
        return copy;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStoreRefusesAnUploadWithoutTheSignedAttributionAndTheBoundClaimIsThenRegistered() {
        byte[] content = Attributions.random(4096);
        String relative = "job_id=" + UUID.randomUUID() + "/data:20260301:120000.parquet";
        String key = folder(ALICE) + relative;
        Attributions.Claim claim = Attributions.claim(ALICE, key, content, now(), Attributions.nonce());
        Map<String, Object> grant = putGrant(relative, content, claim);
        URI url = URI.create((String) grant.get("url"));
        Map<String, String> headers = (Map<String, String>) grant.get("headers");
        assertEquals(claim.message(), new String(Base64.getDecoder().decode(headers.get("x-amz-meta-attribution")), StandardCharsets.UTF_8));
        assertEquals(claim.signature(), headers.get("x-amz-meta-attribution-signature"));
        assertEquals(claim.attribution().sha256Hex(), headers.get("x-amz-meta-sha256"));
        assertEquals("4096", headers.get("Content-Length"));

        assertEquals(403, StoreHttp.put(url, without(headers, "x-amz-meta-attribution"), content).status(), "a signed header left out");
        Map<String, String> edited = new LinkedHashMap<>(headers);
        edited.put("x-amz-meta-attribution", Base64.getEncoder().encodeToString("someone else's claim".getBytes(StandardCharsets.UTF_8)));
        assertEquals(403, StoreHttp.put(url, edited, content).status(), "a signed header edited");
        Map<String, String> otherHash = new LinkedHashMap<>(headers);
        otherHash.put("x-amz-meta-sha256", "00".repeat(32));
        assertEquals(403, StoreHttp.put(url, otherHash, content).status(), "the hash header edited");
        assertTrue(StoreHttp.put(url, headers, Attributions.random(4097)).refused(), "another length than the signed one");
        assertEquals(200, StoreHttp.put(url, headers, content).status(), "exactly what was granted");

        Wire.Answer registered = wire().post("/register-attributions", Attributions.register(ALICE, now(), List.of(claim.presented())));
        assertEquals(200, registered.status(), registered.text());
        assertEquals(1, ((List<?>) registered.json().get("accepted")).size(), registered.text());

        Wire.Answer verified = wire().post("/verify-attribution", Attributions.verify(BOB, ALICE, now(), List.of(key)));
        assertEquals(200, verified.status(), verified.text());
        Map<String, Object> result = (Map<String, Object>) verified.map("results").get(key);
        assertEquals("attributed", result.get("status"));
        assertEquals(Map.of("signature", true, "nonce_unique", true, "size", true, "sha256_metadata", true, "etag_unchanged", true,
                "registered_at_upload", true), result.get("checks"));
        StoreHttp.Reply sidecar = StoreHttp.get(URI.create((String) result.get("sidecar_url")));
        assertEquals(200, sidecar.status());
        assertTrue(sidecar.text().contains(claim.signature()), "the sidecar on Hippius holds the receipt");
    }

    @Test
    void aNonceUsedForOneUploadIsRefusedForTheNext() {
        byte[] content = Attributions.random(2048);
        String nonce = Attributions.nonce();
        String first = "job_id=" + UUID.randomUUID() + "/a.bin";
        putGrant(first, content, Attributions.claim(ALICE, folder(ALICE) + first, content, now(), nonce));
        String second = "job_id=" + UUID.randomUUID() + "/b.bin";
        Map<String, Object> body = new LinkedHashMap<>(Signer.miner(ALICE, now()));
        body.put("files", List.of(Map.of("key", second, "size", content.length, "sha256", Attributions.sha256(content),
                "attribution", Attributions.claim(ALICE, folder(ALICE) + second, content, now(), nonce).uploadField())));
        Wire.Answer refused = wire().post("/get-folder-access", body);
        assertEquals(400, refused.status());
        assertEquals("Attribution refused: nonce_reused", refused.detail());
    }
}
