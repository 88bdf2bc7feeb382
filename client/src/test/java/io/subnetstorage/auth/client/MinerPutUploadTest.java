package io.subnetstorage.auth.client;

import io.subnetstorage.auth.application.service.MutableClock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Uploads through per-object PUT grants, as a store without POST policies (Hippius) hands them out. */
class MinerPutUploadTest {

    private static final Sr25519Keypair ALICE = DevKeys.alice();
    private static final String FOLDER = "data/hotkey=" + ALICE.address() + "/";

    @TempDir
    Path dir;

    private FakeHttp http;
    private PutStore store;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));

    @BeforeEach
    void start() throws IOException {
        http = new FakeHttp();
        store = new PutStore(http, FOLDER);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private MinerClient miner() {
        return TestMiners.alice(http, clock, dir.resolve("state.json"));
    }

    private Path file(String name, int size) throws IOException {
        return TestMiners.file(dir, name, size);
    }

    private static String key(String job, String name) {
        return FOLDER + "job_id=" + job + "/" + name;
    }

    private static final ProgressListener DIES_AFTER_FIRST_FILE = new ProgressListener() {
        @Override
        public void progress(String key, long sent, long total) {
        }

        @Override
        public void done(String key, long total) {
            throw new IllegalStateException("killed"); // the process dies right after the first file is recorded
        }
    };

    @Test
    void announcesEveryFileWithSizeAndSha256ThenPutsEachWithExactlyItsSignedHeaders() throws Exception {
        Path a = file("a.bin", 2000);
        Path b = file("b.bin", 1_300_000);

        UploadReport report = miner().upload("7", List.of(a, b), ProgressListener.NONE);

        assertEquals(List.of(key("7", "a.bin"), key("7", "b.bin")), report.uploaded());
        JsonNode announced = ServiceClient.JSON.readTree(http.requestsTo("/get-folder-access").get(0).body()).path("files");
        assertEquals("job_id=7/a.bin", announced.path(0).path("key").asText());
        assertEquals(2000, announced.path(0).path("size").asLong());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(a))),
                announced.path(0).path("sha256").asText());
        assertArrayEquals(Files.readAllBytes(b), store.objects.get(key("7", "b.bin")));
        FakeHttp.Request put = http.requests.stream().filter(request -> request.path().endsWith("a.bin")).findFirst().orElseThrow();
        assertEquals("PUT", put.method());
        assertEquals("2000", put.header("Content-Length"));
        assertEquals("application/octet-stream", put.header("Content-Type"));
    }

    @Test
    void aSecondRunSendsNothingAndAnInterruptedRunResumesOnItsUnusedGrants() throws IOException {
        List<Path> files = List.of(file("a.bin", 2000), file("b.bin", 3000), file("c.bin", 4000));
        assertThrows(IllegalStateException.class, () -> miner().upload("1", files, DIES_AFTER_FIRST_FILE));

        UploadReport resumed = miner().upload("1", files, ProgressListener.NONE);
        UploadReport again = miner().upload("1", files, ProgressListener.NONE);

        assertEquals(List.of(key("1", "a.bin")), resumed.skipped());
        assertEquals(List.of(key("1", "b.bin"), key("1", "c.bin")), resumed.uploaded());
        assertEquals(1, http.requestsTo("/get-folder-access").size(), "the grants of the first run were still valid");
        assertEquals(3, store.objects.size());
        assertEquals(3, again.skipped().size());
        assertEquals(3, http.requests.stream().filter(request -> request.method().equals("PUT")).count(), "nothing sent twice");
    }

    @Test
    void moreThanAThousandFilesAreAnnouncedInBatchesOfAThousand() throws IOException {
        for (int i = 0; i <= MinerClient.FILES_PER_REQUEST; i++) {
            file(String.format("f%04d.bin", i), 1024);
        }

        UploadReport report = miner().upload("1", List.of(dir.resolve("data")), ProgressListener.NONE);

        assertEquals(MinerClient.FILES_PER_REQUEST + 1, report.uploaded().size(), report.failed().toString());
        List<FakeHttp.Request> asked = http.requestsTo("/get-folder-access");
        assertEquals(2, asked.size());
        assertEquals(MinerClient.FILES_PER_REQUEST, ServiceClient.JSON.readTree(asked.get(0).body()).path("files").size());
        assertEquals(1, ServiceClient.JSON.readTree(asked.get(1).body()).path("files").size());
    }

    @Test
    void anExpiredGrantIsAskedForAgainForTheFilesStillToSend() throws IOException {
        List<Path> files = List.of(file("a.bin", 2000), file("b.bin", 3000), file("c.bin", 4000));
        assertThrows(IllegalStateException.class, () -> miner().upload("1", files, DIES_AFTER_FIRST_FILE));
        clock.advance(Duration.ofSeconds(PutStore.LIFETIME_SECONDS));

        UploadReport resumed = miner().upload("1", files, ProgressListener.NONE);

        assertTrue(resumed.complete(), resumed.failed().toString());
        assertEquals(2, http.requestsTo("/get-folder-access").size());
        assertEquals(2, ServiceClient.JSON.readTree(http.requestsTo("/get-folder-access").get(1).body()).path("files").size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Content-Length | 5000         | signs header Content-Length: 5000, but the file has 4096 bytes",
        "Expect         | 100-continue | signs header Expect: 100-continue, which this client does not know how to send",
        "Host           | example.com  | signs header Host: example.com, but its URL's host is 127.0.0.1"})
    void aGrantWhoseSignedHeadersCannotBeMetIsRefusedNamingTheHeaderAndNothingIsSent(String header, String value, String reason)
            throws IOException {
        store.tamper(headers -> headers.put(header, value));

        UploadReport report = miner().upload("1", List.of(file("a.bin", 4096)), ProgressListener.NONE);

        String failure = report.failed().get(key("1", "a.bin"));
        assertTrue(failure.contains(reason), failure);
        assertEquals(0, http.requests.stream().filter(request -> request.method().equals("PUT")).count());
    }

    @Test
    void aStoreRefusalIsReportedPerFileWithItsErrorCodeAndTheGrantIsAskedForAgainNextRun() throws IOException {
        Path a = file("a.bin", 2000);
        Path b = file("b.bin", 3000);
        store.refuseAll(true);
        UploadReport refused = miner().upload("1", List.of(a, b), ProgressListener.NONE);
        store.refuseAll(false);

        UploadReport next = miner().upload("1", List.of(a, b), ProgressListener.NONE);

        assertTrue(refused.failed().get(key("1", "a.bin")).startsWith("store answered 403 SignatureDoesNotMatch for " + key("1", "a.bin")),
                refused.failed().toString());
        assertEquals(2, refused.failed().size());
        assertEquals(2, next.uploaded().size());
        assertEquals(2, http.requestsTo("/get-folder-access").size());
    }
}
