package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.BOB;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A signed request works once: replaying it is refused on every endpoint, signing it again is not. */
@MicronautTest
class ReplayEndToEndTest extends ServiceTest {

    @Inject
    EmbeddedServer server;

    private Wire wire() {
        return new Wire(server.getURI());
    }

    private void refusesTheReplayButNotAFreshSignature(String path, Supplier<Map<String, Object>> signedBody) {
        Map<String, Object> body = signedBody.get();
        Wire.Answer first = wire().post(path, body);
        assertEquals(200, first.status(), path + ": " + first.text());
        Wire.Answer replay = wire().post(path, body);
        assertEquals(400, replay.status(), path);
        assertEquals("Replay detected", replay.detail(), path);
        assertEquals(200, wire().post(path, signedBody.get()).status(), path + " signed again");
    }

    @Test
    void everyEndpointRefusesAReplay() {
        String anyKey = "data/hotkey=" + ALICE.address() + "/job_id=1/x";
        refusesTheReplayButNotAFreshSignature("/get-folder-access", () -> Signer.miner(ALICE, now()));
        refusesTheReplayButNotAFreshSignature("/get-validator-access", () -> Signer.validatorAccess(BOB, now()));
        refusesTheReplayButNotAFreshSignature("/get-miner-specific-access", () -> Signer.aboutMiner(BOB, ALICE, now()));
        refusesTheReplayButNotAFreshSignature("/get-miner-list", () -> Signer.aboutMiner(BOB, ALICE, now()));
        refusesTheReplayButNotAFreshSignature("/get-folder-presigned-urls", () -> Signer.folders(BOB, now()));
        refusesTheReplayButNotAFreshSignature("/get-file-presigned-urls", () -> Signer.files(BOB, ALICE, now(), List.of(anyKey)));
    }

    /**
     * Issue 12 item 1: the replay key held the raw path, so a trailing slash or a second endpoint sharing the
     * commitment accepted a captured body again (a second 24 h form, a second quota charge). The key is now
     * the signature bytes whatever the route, and refusals and audit rows name the matched route.
     */
    @Test
    void aSignatureIsSingleUseWhateverTheRouteOrTrailingSlash() throws Exception {
        Map<String, Object> miner = Signer.miner(ALICE, now());
        assertEquals(200, wire().post("/get-folder-access", miner).status());
        Wire.Answer slashed = wire().post("/get-folder-access/", miner);
        assertEquals(400, slashed.status(), slashed.text());
        assertEquals("Replay detected", slashed.detail());

        Map<String, Object> validator = Signer.aboutMiner(BOB, ALICE, now());
        assertEquals(200, wire().post("/get-miner-specific-access", validator).status());
        assertEquals("Replay detected", wire().post("/get-miner-list", validator).detail());
        assertEquals("Replay detected", wire().post("/get-miner-list/", validator).detail());

        Map<String, Object> files = Signer.files(BOB, ALICE, now(), List.of("data/hotkey=" + ALICE.address() + "/job_id=1/x"));
        assertEquals(200, wire().post("/get-file-presigned-urls/", files).status());
        assertEquals("Replay detected", wire().post("/get-file-presigned-urls", files).detail());

        try (var db = database().connect(); var rows = db.createStatement().executeQuery(
                "SELECT DISTINCT endpoint FROM access_grants ORDER BY endpoint")) {
            List<String> endpoints = new java.util.ArrayList<>();
            while (rows.next()) {
                endpoints.add(rows.getString(1));
            }
            assertEquals(List.of("/get-file-presigned-urls", "/get-folder-access", "/get-miner-specific-access"), endpoints,
                    "the ledger names the matched route, never the raw path");
        }
    }

    @Test
    void taoHeadersAuthenticateInsteadOfABodySignatureAndTheirNonceIsSingleUse() throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(Signer.miner(ALICE, now()));
        body.remove("signature");
        String json = new ObjectMapper().writeValueAsString(body);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String nonce = UUID.randomUUID().toString();
        long millis = System.currentTimeMillis();
        Map<String, String> headers = Map.of("X-Tao-Version", "2", "X-Tao-Timestamp", Long.toString(millis), "X-Tao-Nonce", nonce,
                "X-Tao-Signed-By", ALICE.address(), "X-Tao-Signature", ALICE.sign(hash + "." + nonce + "." + millis).hex());
        Wire.Answer accepted = wire().postRaw("/get-folder-access", json, headers);
        assertEquals(200, accepted.status(), accepted.text());
        Wire.Answer replay = wire().postRaw("/get-folder-access", json, headers);
        assertEquals(400, replay.status());
        assertEquals("Replay detected", replay.detail());
        Wire.Answer otherBody = wire().postRaw("/get-folder-access", json.replace("}", " }"), Map.of("X-Tao-Version", "2",
                "X-Tao-Timestamp", Long.toString(millis), "X-Tao-Nonce", UUID.randomUUID().toString(), "X-Tao-Signed-By", ALICE.address(),
                "X-Tao-Signature", ALICE.sign(hash + "." + nonce + "." + millis).hex()));
        assertEquals(401, otherBody.status(), "the signature covers the body bytes and the nonce");
        Wire.Answer unsigned = wire().postRaw("/get-folder-access", json, Map.of());
        assertEquals(422, unsigned.status());
        assertEquals("signature", ((List<?>) ((Map<?, ?>) ((List<?>) unsigned.detail()).get(0)).get("loc")).get(1));
    }
}
