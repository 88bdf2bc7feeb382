package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE_COLDKEY;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.BOB;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.CHARLIE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.storage.contract.StoreHttp;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 4: today's Subnet 13 clients sign with X-Tao headers only ({@code TaoSigner}: base64 signature,
 * UUID nonce, millisecond timestamp) and send bodies without hotkey, timestamp or signature. Before, a
 * validator's {@code {miner_hotkey}} to /get-miner-list was 422 and /get-file-upload-url did not exist.
 */
@MicronautTest
class TaoOnlyClientEndToEndTest extends ServiceTest {

    @Inject
    EmbeddedServer server;

    private Wire.Answer post(TaoSigner signer, String path, Map<String, ?> body) {
        TaoSigner.Signed signed = signer.sign(body);
        return new Wire(server.getURI()).postRaw(path, signed.body(), signed.headers());
    }

    @Test
    void aSubnet13MinerUploadsThroughAnObjectGrantAndAValidatorReadsItBack() {
        TaoSigner miner = new TaoSigner(ALICE);
        TaoSigner validator = new TaoSigner(BOB);
        String job = "tao-" + UUID.randomUUID();
        Wire.Answer grant = post(miner, "/get-file-upload-url", Map.of("job_id", job, "filename", "data_20261130_000000_5.parquet"));
        assertEquals(200, grant.status(), grant.text());
        String key = "data/hotkey=" + ALICE.address() + "/job_id=" + job + "/data_20261130_000000_5.parquet";
        assertEquals(key, grant.string("s3_key"));
        assertEquals("POST", grant.string("method"), "the S3 store grants a POST form for exactly the key");
        assertEquals(3600, grant.json().get("expires_in_seconds"));
        byte[] content = new byte[2048];
        new java.util.Random(13).nextBytes(content);
        @SuppressWarnings("unchecked")
        Map<String, String> fields = new LinkedHashMap<>((Map<String, String>) grant.json().get("fields"));
        assertEquals(key, fields.get("key"));
        assertEquals(204, StoreHttp.post(URI.create(grant.string("url")), fields, content).status());
        Map<String, String> other = new LinkedHashMap<>(fields);
        other.put("key", key.replace("data_", "other_"));
        assertTrue(StoreHttp.post(URI.create(grant.string("url")), other, content).refused(), "the form is good for its key only");

        Wire.Answer again = post(miner, "/get-file-upload-url", Map.of("job_id", job, "filename", "data_20261130_000000_5.parquet"));
        assertEquals(409, again.status(), again.text());
        assertEquals("File already exists", again.detail());

        Wire.Answer files = post(validator, "/get-file-presigned-urls", Map.of("miner_hotkey", ALICE.address(), "file_keys", List.of(key),
                "expiry_hours", 3));
        assertEquals(200, files.status(), files.text());
        Map<?, ?> url = (Map<?, ?>) files.map("file_urls").get(key);
        assertEquals(10_800, url.get("expires_in_seconds"));
        assertArrayEquals(content, StoreHttp.get(URI.create((String) url.get("presigned_url"))).body());

        Wire.Answer usage = post(miner, "/my-usage", Map.of());
        assertEquals(200, usage.status(), usage.text());
        assertTrue(((Number) usage.json().get("files_today")).longValue() >= 1, usage.text());
        assertEquals("none", usage.string("registration"));
    }

    @Test
    void everyValidatorEndpointTakesAHeaderSignedBodyWithoutSignedFields() {
        TaoSigner validator = new TaoSigner(BOB);
        Wire.Answer first = post(validator, "/get-miner-list", Map.of("miner_hotkey", CHARLIE.address()));
        assertEquals(200, first.status(), first.text());
        Wire.Answer next = post(validator, "/get-miner-list", Map.of("miner_hotkey", CHARLIE.address(), "continuation_token", "page-2"));
        assertEquals(200, next.status(), next.text());
        assertTrue(next.string("list_url").contains("continuation-token=page-2"), next.text());
        assertEquals(200, post(validator, "/get-validator-access", Map.of()).status());
        assertEquals(200, post(validator, "/get-miner-specific-access", Map.of("miner_hotkey", CHARLIE.address())).status());
        assertEquals(200, post(validator, "/get-folder-presigned-urls", Map.of()).status());
        assertEquals(200, post(new TaoSigner(ALICE), "/get-folder-access", Map.of("coldkey", ALICE_COLDKEY)).status());
    }

    @Test
    void aBodyHotkeyMustBeTheSignerAndTheNonceIsSingleUse() {
        Wire.Answer someoneElse = post(new TaoSigner(BOB), "/get-validator-access", Map.of("hotkey", CHARLIE.address()));
        assertEquals(401, someoneElse.status());
        assertEquals("Invalid signature", someoneElse.detail());
        TaoSigner.Signed signed = new TaoSigner(BOB).sign(Map.of());
        Wire wire = new Wire(server.getURI());
        assertEquals(200, wire.postRaw("/get-validator-access", signed.body(), signed.headers()).status());
        Wire.Answer replay = wire.postRaw("/get-validator-access", signed.body(), signed.headers());
        assertEquals(400, replay.status());
        assertEquals("Replay detected", replay.detail());
        Map<String, String> hex = new HashMap<>(new TaoSigner(BOB).sign(Map.of()).headers());
        hex.put("X-Tao-Signature", java.util.HexFormat.of().formatHex(java.util.Base64.getDecoder().decode(hex.get("X-Tao-Signature"))));
        assertEquals(200, wire.postRaw("/get-validator-access", "{}", hex).status(), "hex signatures are accepted too");
    }
}
