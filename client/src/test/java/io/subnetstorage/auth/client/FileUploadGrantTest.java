package io.subnetstorage.auth.client;

import io.subnetstorage.auth.application.service.MutableClock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.subnetstorage.auth.bittensor.identity.DevKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file through its own grant from {@code /get-file-upload-url}: a PUT with signed headers, or a POST form for that key. */
class FileUploadGrantTest {

    private static final String KEY = "data/hotkey=" + DevKeys.alice().address() + "/job_id=7/a.bin";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));

    private MinerClient miner(FakeHttp http) {
        return TestMiners.alice(http, clock, dir.resolve("state.json"));
    }

    private Path file(int size) throws IOException {
        return TestMiners.file(dir, "a.bin", size);
    }

    private static String answer(String method, String url, Map<String, String> fields, Map<String, String> headers) {
        ObjectNode answer = ServiceClient.JSON.createObjectNode();
        answer.put("s3_key", KEY).put("url", url).put("expires_in_seconds", 3600).put("method", method);
        fields.forEach(answer.putObject("fields")::put);
        headers.forEach(answer.putObject("headers")::put);
        return answer.toString();
    }

    @Test
    void aPutGrantSignedForTheFilesSizeAndHashIsUsedOnceAndTheStateFileSkipsItNextTime() throws Exception {
        Path file = file(3000);
        try (FakeHttp http = new FakeHttp()) {
            http.on("/get-file-upload-url", request -> {
                JsonNode body = ServiceClient.JSON.readTree(request.body());
                return FakeHttp.Response.json(answer("PUT", http.uri("/put/" + KEY).toString(), Map.of(),
                        Map.of("Content-Length", body.path("size").asText(), "x-amz-meta-sha256", body.path("sha256").asText())));
            });
            http.on("/put/", request -> new FakeHttp.Response(200, "text/plain", ""));

            UploadReport first = miner(http).uploadFile("7", file, ProgressListener.NONE);
            UploadReport second = miner(http).uploadFile("7", file, ProgressListener.NONE);

            assertEquals(List.of(KEY), first.uploaded());
            assertEquals(List.of(KEY), second.skipped());
            JsonNode asked = ServiceClient.JSON.readTree(http.requestsTo("/get-file-upload-url").get(0).body());
            assertEquals("7", asked.path("job_id").asText());
            assertEquals("a.bin", asked.path("filename").asText());
            assertEquals(3000, asked.path("size").asLong());
            assertEquals(64, asked.path("sha256").asText().length());
            assertTrue(asked.has("signature"));
            FakeHttp.Request put = http.requestsTo("/put/" + KEY).get(0);
            assertArrayEquals(Files.readAllBytes(file), put.body());
            assertEquals(asked.path("sha256").asText(), put.header("x-amz-meta-sha256"));
            assertEquals(1, http.requestsTo("/get-file-upload-url").size());
        }
    }

    @Test
    void aPostGrantIsSentAsItsFormWithItsOwnKey() throws Exception {
        Path file = file(2048);
        try (FakeHttp http = new FakeHttp()) {
            http.on("/get-file-upload-url", request -> FakeHttp.Response.json(answer("POST", http.uri("/bucket").toString(),
                    Map.of("key", KEY, "policy", "cG9saWN5", "x-amz-signature", "abc"), Map.of())));
            http.on("/bucket", request -> new FakeHttp.Response(204, "text/plain", ""));

            UploadReport report = miner(http).uploadFile("7", file, ProgressListener.NONE);

            assertTrue(report.complete(), report.failed().toString());
            String form = http.requestsTo("/bucket").get(0).text();
            assertTrue(form.contains("name=\"key\"\r\n\r\n" + KEY + "\r\n"), form.substring(0, 300));
        }
    }

    @Test
    void aGrantSigningAnotherLengthIsRefusedBeforeAnythingIsSent() throws Exception {
        Path file = file(2048);
        try (FakeHttp http = new FakeHttp()) {
            http.on("/put/", request -> new FakeHttp.Response(200, "text/plain", ""));
            ObjectUploadGrant planted = new ObjectUploadGrant(KEY, "PUT", http.uri("/put/" + KEY), Map.of(),
                    Map.of("Content-Length", "2049"), clock.instant().plusSeconds(3600));

            ClientException refused = assertThrows(ClientException.class, () -> miner(http).uploadThrough(planted, file, ProgressListener.NONE));

            assertEquals("the grant for " + KEY + " signs header Content-Length: 2049, but the file has 2048 bytes; refusing to upload "
                    + "through it", refused.getMessage());
            assertTrue(http.requests.isEmpty());
        }
    }
}
