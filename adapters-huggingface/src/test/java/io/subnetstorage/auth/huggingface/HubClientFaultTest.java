package io.subnetstorage.auth.huggingface;

import static io.subnetstorage.auth.huggingface.HubClientCommitTest.files;
import static io.subnetstorage.auth.huggingface.TestContent.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client against the fake Hub's fault file: throttling, races, lost answers, outages, bad tokens. */
class HubClientFaultTest {

    private static final Map<String, byte[]> TWO_FILES =
            Map.of("data/a.txt", text("alpha"), "data/b.parquet", TestContent.random(500, 7));

    @RegisterExtension
    static final FakeHfHub hub = new FakeHfHub();

    private final FakeTime time = new FakeTime();
    private HfRepoId repo;
    private HubClient client;

    @BeforeEach
    void freshRepo(TestInfo test) {
        repo = new HfRepoId("sn46", test.getTestMethod().orElseThrow().getName());
        client = HubClient.create(hub.settings("sn46", 100, 100), time, RetryPolicy.DEFAULT);
        client.ensureRepo(repo);
        hub.clearRequests();
    }

    @AfterEach
    void clearFault() {
        hub.fault("ok");
    }

    @Test
    void aThrottledCommitIsRetriedAfterRetryAfter() {
        hub.fault("429 1 times=1 match=/commit/");
        assertAllCommitted(client.commit(repo, files(TWO_FILES), "throttled"));
        assertEquals(List.of(429, 200), statuses("POST", "/commit/"));
        assertEquals(List.of(Duration.ofSeconds(1)), time.sleeps());
    }

    @Test
    void aRetryAfterLongerThanThePolicyFailsTheFilesForLater() {
        hub.fault("429 3600 times=1 match=/preupload/");
        List<FileOutcome> outcomes = client.commit(repo, files(TWO_FILES), "throttled for an hour");
        assertTrue(outcomes.stream().allMatch(o -> o.failure() == FailureKind.RATE_LIMITED), outcomes.toString());
        assertEquals(List.of(), time.sleeps(), "no thread blocked for an hour");
    }

    @Test
    void aCommitRacingAnotherIsRetriedOnTheNewHead() {
        HubClient other = HubClient.create(hub.settings("sn46", 100, 100), new FakeTime(), RetryPolicy.DEFAULT);
        byte[] ours = text("ours");
        AtomicInteger opens = new AtomicInteger();
        // The second read of our file is the commit body, after our head was read: the other commit lands then.
        ContentSource racing = () -> {
            if (opens.incrementAndGet() == 2) {
                other.commit(repo, List.of(FileToCommit.of("data/theirs.txt", text("theirs"))), "racing");
            }
            return ContentSource.of(ours).open();
        };
        List<FileOutcome> outcomes = client.commit(repo,
                List.of(new FileToCommit("data/ours.txt", ours.length, TestContent.sha256(ours), racing)), "ours");

        assertAllCommitted(outcomes);
        assertEquals(List.of(200, 412, 200), statuses("POST", "/commit/"));
        assertTrue(client.listFiles(repo).keySet().containsAll(List.of("data/ours.txt", "data/theirs.txt")));
        assertEquals(1 + 2, hub.commitCount(repo));
    }

    @Test
    void aCommitThatLandedBehindA500IsNotRepeated() {
        hub.fault("500 landed times=1 match=/commit/");
        List<FileOutcome> outcomes = client.commit(repo, files(TWO_FILES), "landed");

        assertAllCommitted(outcomes);
        assertEquals(List.of(500), statuses("POST", "/commit/"));
        assertEquals(1 + 1, hub.commitCount(repo));
        assertEquals(hub.repoInfo(repo).path("sha").asText(), outcomes.get(0).commitOid());
        TWO_FILES.forEach((path, bytes) -> assertArrayEquals(bytes, hub.download(repo, path)));
    }

    @Test
    void aCommitLostToAResetConnectionIsSentAgain() {
        hub.fault("reset times=1 match=/commit/");
        assertAllCommitted(client.commit(repo, files(TWO_FILES), "reset"));
        assertEquals(2, hub.count("POST", "/commit/"));
        assertEquals(1 + 1, hub.commitCount(repo), "the reset commit never ran, the second did");
    }

    @Test
    void aFailedPreuploadIsRetried() {
        hub.fault("503 times=1 match=/preupload/");
        assertAllCommitted(client.commit(repo, files(TWO_FILES), "preupload retried"));
        assertEquals(List.of(503, 200), statuses("POST", "/preupload/"));
        assertEquals(List.of(Duration.ofSeconds(1)), time.sleeps());
    }

    @Test
    void theMirrorRidesOutAHubOutage() {
        hub.fault("down");
        time.onSleep(sleeps -> {
            if (sleeps == 3) {
                hub.fault("ok");
            }
        });
        assertAllCommitted(client.commit(repo, files(TWO_FILES), "after the outage"));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), time.sleeps());
        assertEquals(3, hub.count(r -> r.path("status").asInt() == 503));
    }

    @Test
    void aHubThatStaysDownFailsTheFilesWithoutARetryStorm() {
        HubClient onePerCommit = HubClient.create(hub.settings("sn46", 1, 100), time, RetryPolicy.DEFAULT);
        hub.fault("down");
        List<FileOutcome> outcomes = onePerCommit.commit(repo, files(TWO_FILES), "down");

        assertTrue(outcomes.stream().allMatch(o -> o.failure() == FailureKind.UNAVAILABLE), outcomes.toString());
        assertTrue(outcomes.get(0).reason().contains("unavailable after 6 tries"), outcomes.get(0).reason());
        assertEquals(6, hub.requests().size(), "six tries for the first batch, none for the second");
    }

    @Test
    void aBadTokenFailsClearlyAndAtOnce() {
        HubClient stranger = HubClient.create(withToken("hf_not_a_token", 1), time, RetryPolicy.DEFAULT);
        HubException refused = assertThrows(HubException.class, () -> stranger.ensureRepo(repo));
        assertEquals(FailureKind.UNAUTHORIZED, refused.kind());
        assertTrue(refused.getMessage().contains("check HF_TOKEN"), refused.getMessage());

        List<FileOutcome> outcomes = stranger.commit(repo, files(TWO_FILES), "refused");
        assertTrue(outcomes.stream().allMatch(o -> o.failure() == FailureKind.UNAUTHORIZED), outcomes.toString());
        assertEquals(2, hub.requests().size(), "one refused create, one refused read: no retries");
        assertEquals(List.of(), time.sleeps());
    }

    @Test
    void aReadOnlyTokenIsForbiddenToWrite() {
        HubClient reader = HubClient.create(withToken(FakeHfHub.READ_TOKEN, 100), time, RetryPolicy.DEFAULT);
        List<FileOutcome> outcomes = reader.commit(repo, files(TWO_FILES), "forbidden");
        assertTrue(outcomes.stream().allMatch(o -> o.failure() == FailureKind.FORBIDDEN), outcomes.toString());
        assertTrue(outcomes.get(0).reason().contains("HF_TOKEN's role"), outcomes.get(0).reason());
    }

    private HfSettings withToken(String token, int filesPerCommit) {
        HfSettings base = hub.settings("sn46", filesPerCommit, 100);
        return new HfSettings(token, base.endpoint(), base.namespace(), base.layout(), base.repoPrefix(), base.repo(),
                true, filesPerCommit, 100);
    }

    private List<Integer> statuses(String method, String pathPart) {
        return hub.requests().stream()
                .filter(r -> r.path("method").asText().equals(method) && r.path("path").asText().contains(pathPart))
                .map(r -> r.path("status").asInt()).toList();
    }

    private static void assertAllCommitted(List<FileOutcome> outcomes) {
        assertTrue(outcomes.stream().allMatch(o -> o.status() == FileStatus.COMMITTED), outcomes.toString());
    }
}
