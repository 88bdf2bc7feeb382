package io.subnetstorage.auth.client;

import io.subnetstorage.auth.application.service.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519SignatureVerifier;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** X-Tao v2 signing as Subnet 13's TaoSigner does it, instead of body signatures. */
class TaoSigningTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00.123Z"));

    @Test
    void theHeadersSignTheRawBodyAndTheBodyCarriesNoSignatureFields() throws Exception {
        try (FakeHttp http = new FakeHttp()) {
            http.on("/get-file-upload-url", request -> FakeHttp.Response.json("{}"));
            ServiceClient service = new ServiceClient(http.uri(""), DevKeys.alice(), Transfers.newHttpClient(), FakeHttp.FAST, clock)
                    .withSigning(RequestSigning.TAO_HEADERS);

            service.call(Endpoint.FILE_UPLOAD_URL, CallTarget.file("7", "data_1.parquet"), body -> body.put("size", 2048));
            service.call(Endpoint.FILE_UPLOAD_URL, CallTarget.file("7", "data_1.parquet"), body -> { });

            List<FakeHttp.Request> sent = http.requestsTo("/get-file-upload-url");
            FakeHttp.Request first = sent.get(0);
            JsonNode body = ServiceClient.JSON.readTree(first.body());
            assertEquals("7", body.path("job_id").asText());
            assertEquals("data_1.parquet", body.path("filename").asText());
            assertEquals(2048, body.path("size").asLong());
            assertFalse(body.has("hotkey") || body.has("timestamp") || body.has("signature"), body.toString());
            assertEquals("2", first.header("X-Tao-Version"));
            assertEquals(DevKeys.alice().address(), first.header("X-Tao-Signed-By"));
            assertEquals("1772366400123", first.header("X-Tao-Timestamp"));
            String nonce = first.header("X-Tao-Nonce");
            assertTrue(nonce.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), nonce);
            String message = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first.body())) + "." + nonce + "."
                    + first.header("X-Tao-Timestamp");
            Signature signature = Signature.of(Base64.getDecoder().decode(first.header("X-Tao-Signature")));
            assertTrue(new Sr25519SignatureVerifier().verify(new Ss58Address(DevKeys.alice().address()),
                    message.getBytes(StandardCharsets.UTF_8), signature));
            assertNotEquals(nonce, sent.get(1).header("X-Tao-Nonce"), "every request has a nonce of its own");
        }
    }

    @Test
    void aFolderRequestKeepsItsColdkeyAndAValidatorRequestItsMiner() throws Exception {
        try (FakeHttp http = new FakeHttp()) {
            http.on("/", request -> FakeHttp.Response.json("{}"));
            ServiceClient service = new ServiceClient(http.uri(""), DevKeys.bob(), Transfers.newHttpClient(), FakeHttp.FAST, clock)
                    .withSigning(RequestSigning.TAO_HEADERS);

            service.call(Endpoint.FOLDER_ACCESS, CallTarget.coldkey(DevKeys.charlie().address()), body -> { });
            service.call(Endpoint.MINER_LIST, CallTarget.miner(DevKeys.alice().address()), body -> { });

            assertEquals("{\"coldkey\":\"" + DevKeys.charlie().address() + "\"}", http.requestsTo("/get-folder-access").get(0).text());
            assertEquals("{\"miner_hotkey\":\"" + DevKeys.alice().address() + "\"}", http.requestsTo("/get-miner-list").get(0).text());
        }
    }
}
