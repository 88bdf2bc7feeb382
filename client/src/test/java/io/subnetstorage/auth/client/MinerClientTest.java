package io.subnetstorage.auth.client;

import io.subnetstorage.auth.application.service.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinerClientTest {

    private static final Sr25519Keypair ALICE = DevKeys.alice();
    private static final String FOLDER = "data/hotkey=" + ALICE.address() + "/";

    @TempDir
    Path dir;

    private FakeHttp http;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));

    @BeforeEach
    void start() throws IOException {
        http = new FakeHttp();
        http.on("/get-folder-access", request -> FakeHttp.Response.json(Grants.response(FOLDER, http.uri("/bucket"),
                clock.instant().plus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(1)), 1024).toString()));
        http.on("/bucket", request -> new FakeHttp.Response(204, "text/plain", ""));
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

    @Test
    void postsTheGrantFormWithTheJobKeyAndTheFileLast() throws IOException {
        Path file = file("data_20260301_120000_10.parquet", 4096);

        UploadReport report = miner().upload("7", List.of(file), ProgressListener.NONE);

        String key = FOLDER + "job_id=7/data_20260301_120000_10.parquet";
        assertEquals(List.of(key), report.uploaded());
        String body = http.requestsTo("/bucket").get(0).text();
        int acl = body.indexOf("name=\"acl\"");
        int keyField = body.indexOf("name=\"key\"\r\n\r\n" + key + "\r\n");
        int policy = body.indexOf("name=\"policy\"");
        int fileField = body.indexOf("name=\"file\"; filename=\"data_20260301_120000_10.parquet\"");
        assertTrue(acl >= 0 && acl < keyField && keyField < policy && policy < fileField, body.substring(0, 600));
        assertTrue(body.contains(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertTrue(http.requestsTo("/bucket").get(0).contentType().startsWith("multipart/form-data; boundary="));
    }

    @Test
    void anInterruptedBatchResumesWithoutUploadingAgainOrAskingForAnotherGrant() throws IOException {
        List<Path> files = List.of(file("a.bin", 2000), file("b.bin", 3000), file("c.bin", 4000));
        RuntimeException killed = new RuntimeException("killed");

        assertThrows(RuntimeException.class, () -> miner().upload("1", files, new ProgressListener() {
            @Override
            public void progress(String key, long sent, long total) {
            }

            @Override
            public void done(String key, long total) {
                throw killed; // the process dies right after the first file is recorded
            }
        }));
        assertEquals(1, http.requestsTo("/bucket").size());

        UploadReport resumed = miner().upload("1", files, ProgressListener.NONE);

        assertEquals(List.of(FOLDER + "job_id=1/a.bin"), resumed.skipped());
        assertEquals(List.of(FOLDER + "job_id=1/b.bin", FOLDER + "job_id=1/c.bin"), resumed.uploaded());
        assertEquals(3, http.requestsTo("/bucket").size());
        assertEquals(1, http.requestsTo("/get-folder-access").size());
    }

    @Test
    void aChangedFileIsUploadedAgain() throws IOException {
        Path file = file("a.bin", 2000);
        miner().upload("1", List.of(file), ProgressListener.NONE);

        Files.write(file, new byte[2500]);
        UploadReport again = miner().upload("1", List.of(file), ProgressListener.NONE);

        assertEquals(1, again.uploaded().size());
        assertEquals(2, http.requestsTo("/bucket").size());
    }

    @Test
    void filesBelowThePolicyMinimumFailWithoutBeingSent() throws IOException {
        UploadReport report = miner().upload("1", List.of(file("tiny.bin", 100), file("ok.bin", 2048)), ProgressListener.NONE);

        assertEquals(List.of(FOLDER + "job_id=1/ok.bin"), report.uploaded());
        assertTrue(report.failed().get(FOLDER + "job_id=1/tiny.bin").contains("1024"));
        assertEquals(1, http.requestsTo("/bucket").size());
    }

    @Test
    void aFolderIsUploadedFileByFileAndProgressReachesTheTotal() throws IOException {
        file("x.bin", 3000);
        file("y.bin", 1_200_000);
        long[] largest = {0};

        UploadReport report = miner().upload("2", List.of(dir.resolve("data")), (key, sent, total) -> {
            if (key.endsWith("y.bin")) {
                largest[0] = Math.max(largest[0], sent);
                assertEquals(1_200_000, total);
            }
        });

        assertEquals(2, report.uploaded().size());
        assertEquals(1_200_000, largest[0]);
    }

    @Test
    void aRefusedGrantStopsTheBatchWithTheServiceText() throws IOException {
        Path file = file("a.bin", 2000);
        try (FakeHttp quotaSpent = new FakeHttp()) {
            quotaSpent.on("/get-folder-access",
                    request -> new FakeHttp.Response(429, "application/json", "{\"detail\": \"Daily limit of 20 exceeded.\"}"));
            ServiceClient service = new ServiceClient(quotaSpent.uri("/"), ALICE, Transfers.newHttpClient(), FakeHttp.FAST, clock);
            MinerClient refused = new MinerClient(service, ALICE.address(), dir.resolve("other.json"), Duration.ofMinutes(1));

            ServiceException error = assertThrows(ServiceException.class, () -> refused.upload("1", List.of(file), ProgressListener.NONE));

            assertEquals(429, error.status());
            assertEquals("Daily limit of 20 exceeded.", error.detail());
            assertEquals(1, quotaSpent.requestsTo("/get-folder-access").size(), "a quota refusal is not retried");
        }
    }
}
