package io.subnetstorage.auth.huggingface;

import static io.subnetstorage.auth.huggingface.TestContent.gitBlobId;
import static io.subnetstorage.auth.huggingface.TestContent.random;
import static io.subnetstorage.auth.huggingface.TestContent.sha256;
import static io.subnetstorage.auth.huggingface.TestContent.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client against the fake Hub when nothing goes wrong: repos, both kinds of file, limits, conflicts. */
class HubClientCommitTest {

    @RegisterExtension
    static final FakeHfHub hub = new FakeHfHub("--page-size", "100");

    private final FakeTime time = new FakeTime();
    private HfRepoId repo;

    @BeforeEach
    void freshRepo(TestInfo test) {
        repo = new HfRepoId("sn46", test.getTestMethod().orElseThrow().getName());
        hub.clearRequests();
    }

    @Test
    void ensureRepoCreatesAPrivateDatasetOnceAndFindsItAfterwards() {
        HubClient client = client(100, 100);
        assertTrue(client.ensureRepo(repo));
        assertFalse(client.ensureRepo(repo), "409 means it exists");
        assertTrue(hub.repoInfo(repo).path("private").asBoolean(), hub.repoInfo(repo).toString());
    }

    @Test
    void regularAndLfsFilesAreCommittedListedAndDownloadedByteForByte() {
        HubClient client = client(100, 100);
        client.ensureRepo(repo);
        Map<String, byte[]> content = Map.of(
                "data/hotkey=a/job_id=1/notes.txt", text("plain text, inlined in the commit\n"),
                "data/hotkey=a/job_id=1/empty.txt", new byte[0],
                "data/hotkey=a/job_id=1/rows.parquet", random(700, 1),
                "data/hotkey=a/job_id=2/large.dat", random(10 * 1024 * 1024 + 1, 2));
        List<FileOutcome> outcomes = client.commit(repo, files(content), "mirror");

        assertTrue(outcomes.stream().allMatch(o -> o.status() == FileStatus.COMMITTED), outcomes.toString());
        assertEquals(1, outcomes.stream().map(FileOutcome::commitOid).distinct().count(), "one commit");
        assertEquals(hub.repoInfo(repo).path("sha").asText(), outcomes.get(0).commitOid());
        Map<String, HubFile> listed = client.listFiles(repo);
        content.forEach((path, bytes) -> {
            HubFile file = listed.get(path);
            assertEquals(bytes.length, file.size(), path);
            boolean lfs = path.endsWith(".parquet") || path.endsWith(".dat");
            assertEquals(lfs, file.lfs(), path);
            assertEquals(lfs ? sha256(bytes) : gitBlobId(bytes), file.oid(), path);
            assertArrayEquals(bytes, hub.download(repo, path), path);
        });
        assertEquals(2, hub.count("PUT", "/__lfs/upload/"), "two LFS files, each PUT once");
    }

    @Test
    void batchesStayWithinTheFilesPerCommitLimit() {
        HubClient client = client(100, 1000);
        client.ensureRepo(repo);
        List<FileToCommit> files = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            files.add(FileToCommit.of(String.format("data/job_id=%d/f%03d.txt", i % 7, i), text("file " + i)));
        }
        List<FileOutcome> outcomes = client.commit(repo, files, "backlog");

        assertTrue(outcomes.stream().allMatch(o -> o.status() == FileStatus.COMMITTED));
        Map<String, Long> perCommit = outcomes.stream()
                .collect(Collectors.groupingBy(FileOutcome::commitOid, Collectors.counting()));
        assertEquals(List.of(50L, 100L, 100L), perCommit.values().stream().sorted().toList());
        assertEquals(3, hub.count("POST", "/commit/"));
        assertEquals(1 + 3, hub.commitCount(repo));
        hub.clearRequests();
        Map<String, HubFile> listed = client.listFiles(repo);
        assertTrue(listed.keySet().containsAll(files.stream().map(FileToCommit::path).toList()));
        assertTrue(hub.count("GET", "/tree/") >= 3, "pages of 100 followed through Link");
    }

    @Test
    void theHourlyCommitLimitMakesTheThirdCommitWait() {
        HubClient client = client(1, 2);
        client.ensureRepo(repo);
        List<FileOutcome> outcomes = client.commit(repo, files(Map.of("a.txt", text("a"), "b.txt", text("b"),
                "c.txt", text("c"))), "one by one");

        assertTrue(outcomes.stream().allMatch(o -> o.status() == FileStatus.COMMITTED));
        assertEquals(3, hub.count("POST", "/commit/"));
        assertEquals(List.of(Duration.ofHours(1)), time.sleeps(), "only the third commit waited, for the window");
    }

    @Test
    void aPathHoldingOtherBytesIsAConflictAndKeepsItsContent() {
        HubClient client = client(100, 100);
        client.ensureRepo(repo);
        byte[] first = text("first upload");
        client.commit(repo, files(Map.of("data/f.txt", first)), "first");
        List<FileOutcome> outcomes = client.commit(repo, List.of(FileToCommit.of("data/f.txt", text("other bytes")),
                FileToCommit.of("data/g.txt", text("new"))), "second");

        assertEquals(FileStatus.CONFLICT, outcomes.get(0).status());
        assertTrue(outcomes.get(0).reason().contains(gitBlobId(first)), outcomes.get(0).reason());
        assertEquals(FileStatus.COMMITTED, outcomes.get(1).status());
        assertArrayEquals(first, hub.download(repo, "data/f.txt"));
    }

    @Test
    void identicalFilesAreSkippedWithoutACommit() {
        HubClient client = client(100, 100);
        client.ensureRepo(repo);
        Map<String, byte[]> content = Map.of("x.txt", text("same"), "y.parquet", random(300, 3));
        client.commit(repo, files(content), "first");
        hub.clearRequests();

        List<FileOutcome> again = client.commit(repo, files(content), "again");

        assertTrue(again.stream().allMatch(o -> o.status() == FileStatus.ALREADY_PRESENT), again.toString());
        assertEquals(0, hub.count("POST", "/commit/"));
        assertEquals(2, hub.commitCount(repo));
    }

    @Test
    void headAndVerifyReportWhatTheRepoHolds() {
        HubClient client = client(100, 100);
        client.ensureRepo(repo);
        byte[] rows = random(2048, 4);
        FileToCommit parquet = FileToCommit.of("d/rows.parquet", rows);
        FileToCommit notes = FileToCommit.of("d/notes.txt", text("notes"));
        client.commit(repo, List.of(parquet, notes), "files");

        HubFile head = client.head(repo, "d/rows.parquet").orElseThrow();
        assertEquals(2048, head.size());
        assertEquals(sha256(rows), head.sha256().orElseThrow());
        assertEquals(Verification.MATCHES, client.verify(repo, parquet));
        assertEquals(Verification.MATCHES, client.verify(repo, notes));
        assertEquals(Verification.DIFFERS, client.verify(repo, FileToCommit.of("d/notes.txt", text("other"))));
        assertEquals(Verification.ABSENT, client.verify(repo, FileToCommit.of("d/none.txt", text("x"))));
        assertTrue(client.head(repo, "d/none.txt").isEmpty());
    }

    @Test
    void aSourceThatDoesNotMatchItsDigestIsNeverSent() {
        HubClient client = client(100, 100);
        client.ensureRepo(repo);
        byte[] bytes = text("declared otherwise");
        FileToCommit wrong = new FileToCommit("d/wrong.txt", bytes.length, sha256(text("something else")),
                ContentSource.of(bytes));

        FileOutcome outcome = client.commit(repo, List.of(wrong), "wrong").get(0);

        assertEquals(FailureKind.CONTENT_MISMATCH, outcome.failure());
        assertEquals(0, hub.count("POST", "/commit/"));
        assertTrue(client.head(repo, "d/wrong.txt").isEmpty());
    }

    private HubClient client(int filesPerCommit, int commitsPerHour) {
        return HubClient.create(hub.settings("sn46", filesPerCommit, commitsPerHour), time, RetryPolicy.DEFAULT);
    }

    static List<FileToCommit> files(Map<String, byte[]> content) {
        return content.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> FileToCommit.of(e.getKey(), e.getValue())).toList();
    }
}
