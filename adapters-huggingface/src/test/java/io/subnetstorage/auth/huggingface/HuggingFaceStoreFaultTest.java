package io.subnetstorage.auth.huggingface;

import static io.subnetstorage.auth.huggingface.HuggingFaceStoreTest.ALICE;
import static io.subnetstorage.auth.huggingface.HuggingFaceStoreTest.item;
import static io.subnetstorage.auth.huggingface.TestContent.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites.BatchItem;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites.BatchOutcome;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites.BatchOutcome.Result;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreHealth;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.MinerObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the mirror engine sees of a Hub that throttles, fails, loses answers or refuses the token. */
class HuggingFaceStoreFaultTest {

    @RegisterExtension
    static final FakeHfHub hub = new FakeHfHub();

    private final FakeTime time = new FakeTime();
    private BucketName bucket;
    private List<BatchItem> two;

    @BeforeEach
    void freshRepo(TestInfo test) {
        bucket = BucketName.hubRepo("faults/" + test.getTestMethod().orElseThrow().getName());
        two = List.of(item(new MinerObject(ALICE, "1", "a.bin").key(), random(600, 1)),
                item(new MinerObject(ALICE, "1", "b.txt").key(), TestContent.text("b")));
        hub.clearRequests();
    }

    @AfterEach
    void clearFault() {
        hub.fault("ok");
    }

    private ObjectStore store(String token) {
        return HuggingFaceStores.create(HubClient.create(new HfSettings(token, hub.endpoint(), "faults",
                HfRepoLayout.SINGLE, "sn46", "unused", true, 100, 100), time, RetryPolicy.DEFAULT));
    }

    private List<Result> putAll(ObjectStore store) {
        return store.batchWrites().orElseThrow().putAll(bucket, two).stream().map(BatchOutcome::result).toList();
    }

    @Test
    void aHubThatStaysDownIsDependencyUnavailableAndNothingIsLost() {
        ObjectStore store = store(FakeHfHub.TOKEN);
        hub.fault("down");
        DependencyUnavailable down = assertThrows(DependencyUnavailable.class, () -> putAll(store));
        assertTrue(down.getMessage().contains("unavailable"), down.getMessage());
        hub.fault("ok");
        assertEquals(List.of(Result.WRITTEN, Result.WRITTEN), putAll(store));
    }

    @Test
    void aDownCommitAfterTheRepoExistsIsDependencyUnavailableToo() {
        ObjectStore store = store(FakeHfHub.TOKEN);
        store.batchWrites().orElseThrow().putAll(bucket, List.of());
        hub.fault("503 match=/commit/");
        assertThrows(DependencyUnavailable.class, () -> putAll(store));
        hub.fault("ok");
        assertEquals(List.of(Result.WRITTEN, Result.WRITTEN), putAll(store));
    }

    @Test
    void aThrottledCommitWaitsForRetryAfterAndIsWritten() {
        ObjectStore store = store(FakeHfHub.TOKEN);
        hub.fault("429 7 times=1 match=/commit/");
        assertEquals(List.of(Result.WRITTEN, Result.WRITTEN), putAll(store));
        assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
    }

    @Test
    void aRetryAfterBeyondWhatTheClientWaitsIsDependencyUnavailableAtOnce() {
        ObjectStore store = store(FakeHfHub.TOKEN);
        hub.fault("429 3600 match=/commit/");
        DependencyUnavailable throttled = assertThrows(DependencyUnavailable.class, () -> putAll(store));
        assertTrue(throttled.getMessage().contains("3600 s"), throttled.getMessage());
        assertEquals(List.of(), time.sleeps(), "no thread parked for an hour");
    }

    @Test
    void aCommitThatLandedBehindA500IsWrittenOnce() {
        ObjectStore store = store(FakeHfHub.TOKEN);
        hub.fault("500 landed times=1 match=/commit/");
        assertEquals(List.of(Result.WRITTEN, Result.WRITTEN), putAll(store));
        assertEquals(1, hub.count("POST", "/commit/"), "not repeated");
        assertEquals(1 + 1, hub.commitCount(HfRepoId.parse(bucket.value())));
    }

    @Test
    void aReadTokenFailsEveryItemAndHealthSaysWhy() {
        ObjectStore store = store(FakeHfHub.READ_TOKEN);
        List<BatchOutcome> outcomes = store.batchWrites().orElseThrow().putAll(bucket, two);
        assertTrue(outcomes.stream().allMatch(o -> o.result() == Result.FAILED), outcomes::toString);
        assertTrue(outcomes.get(0).error().orElseThrow().contains("HF_TOKEN's role"), outcomes::toString);
        StoreHealth health = store.health(Duration.ofSeconds(10));
        assertFalse(health.ok());
        assertTrue(health.error().orElseThrow().contains("read token"), health::toString);
    }

    @Test
    void anUnknownTokenIsUnhealthyAtOnceAndNamesTheVariable() {
        ObjectStore store = store("hf_not_a_token");
        StoreHealth health = store.health(Duration.ofSeconds(10));
        assertFalse(health.ok());
        assertTrue(health.error().orElseThrow().contains("check HF_TOKEN"), health::toString);
        assertEquals(1, hub.requests().size(), "a probe asks once");
        assertTrue(store(FakeHfHub.TOKEN).health(Duration.ofSeconds(10)).ok());
    }
}
