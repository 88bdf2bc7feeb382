package io.subnetstorage.auth.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.subnetstorage.auth.bittensor.identity.DevKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetryingTest {

    @TempDir
    Path dir;

    @Test
    void anUploadFailingTwiceSucceedsOnTheThirdAttempt() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        try (FakeHttp http = new FakeHttp()) {
            http.on("/bucket", request -> new FakeHttp.Response(calls.incrementAndGet() <= 2 ? 503 : 204, "text/plain", ""));
            UploadGrant grant = UploadGrant.fromResponse(Grants.response("f/", http.uri("/bucket"), Instant.now().plusSeconds(3600),
                    Instant.now().plusSeconds(3600), 1));
            Path file = Files.write(dir.resolve("a.bin"), new byte[5000]);

            var response = Transfers.postForm(Transfers.newHttpClient(), FakeHttp.FAST, grant.url(), grant.formFor("f/a.bin"), "f/a.bin",
                    file, 5000, ProgressListener.NONE);

            assertEquals(204, response.statusCode());
            assertEquals(3, http.requestsTo("/bucket").size());
            // Every attempt sends the whole form again, not an emptied stream.
            assertEquals(http.requestsTo("/bucket").get(0).body().length, http.requestsTo("/bucket").get(2).body().length);
        }
    }

    @Test
    void aPutAnsweredSlowDownIsSentAgainWholeWithTheSameHeaders() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        try (FakeHttp http = new FakeHttp()) {
            http.on("/object", request -> new FakeHttp.Response(calls.incrementAndGet() <= 2 ? 503 : 200, "application/xml",
                    calls.get() <= 2 ? "<Error><Code>SlowDown</Code></Error>" : ""));
            Path file = Files.write(dir.resolve("a.bin"), new byte[5000]);

            var response = Transfers.put(Transfers.newHttpClient(), FakeHttp.FAST, http.uri("/object"),
                    java.util.Map.of("x-amz-meta-sha256", "ab"), "f/a.bin", file, 5000, ProgressListener.NONE);

            assertEquals(200, response.statusCode());
            assertEquals(3, http.requestsTo("/object").size());
            assertEquals(5000, http.requestsTo("/object").get(2).body().length);
            assertEquals("ab", http.requestsTo("/object").get(2).header("x-amz-meta-sha256"));
        }
    }

    @Test
    void aRefusalIsNotRetriedAndPersistentFailureStopsAtTheAttemptLimit() throws IOException {
        try (FakeHttp http = new FakeHttp()) {
            http.on("/refuse", request -> new FakeHttp.Response(403, "text/plain", "AccessDenied"));
            http.on("/down", request -> new FakeHttp.Response(500, "text/plain", "boom"));

            assertThrows(ClientException.class, () -> Transfers.getText(Transfers.newHttpClient(), FakeHttp.FAST, http.uri("/refuse"), "x"));
            assertThrows(ClientException.class, () -> Transfers.getText(Transfers.newHttpClient(), FakeHttp.FAST, http.uri("/down"), "x"));

            assertEquals(1, http.requestsTo("/refuse").size());
            assertEquals(FakeHttp.FAST.maxAttempts(), http.requestsTo("/down").size());
        }
    }

    @Test
    void serviceRetriesAreSignedAfreshSoTheyAreNotReplays() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        try (FakeHttp http = new FakeHttp()) {
            http.on("/get-validator-access", request -> calls.incrementAndGet() <= 2
                    ? new FakeHttp.Response(503, "application/json", "{\"detail\": \"Metagraph unavailable\"}")
                    : FakeHttp.Response.json("{\"bucket\": \"b\"}"));
            ServiceClient client = new ServiceClient(http.uri(""), DevKeys.bob(), Transfers.newHttpClient(), FakeHttp.FAST,
                    java.time.Clock.systemUTC());

            assertEquals("b", client.call(Endpoint.VALIDATOR_ACCESS, null, null, body -> { }).path("bucket").asText());

            Set<String> signatures = new HashSet<>();
            http.requestsTo("/get-validator-access").forEach(request -> signatures.add(request.text().replaceAll(".*\"signature\":\"([0-9a-f]+)\".*", "$1")));
            assertEquals(3, signatures.size());
        }
    }

    @Test
    void backoffDoublesUpToItsCap() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(700));

        assertEquals(Duration.ofMillis(100), policy.delayAfter(1));
        assertEquals(Duration.ofMillis(400), policy.delayAfter(3));
        assertEquals(Duration.ofMillis(700), policy.delayAfter(4));
    }
}
