package io.subnetstorage.auth.hippius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.AccountCredit;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hippius's failure modes, injected by fakehippius: 503s are retried with backoff until they pass or the
 * tries run out, 402 and 403 never are, and a 402 shows as exhausted credit until a write succeeds. The
 * sleeper only records its pauses, and the stand-in's request log counts the tries.
 */
class HippiusFaultsTest extends AgainstFakeHippius {

    static final BucketName BUCKET = new BucketName("faults-bucket");
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private ObjectIo io;

    @Override
    String[] buckets() {
        return new String[] {BUCKET.value()};
    }

    @Override
    HippiusObjectStore createStore() {
        return recordingPauses(Fixtures.shared(hippius, BUCKET));
    }

    private HippiusObjectStore recordingPauses(HippiusSettings settings) {
        return new HippiusObjectStore(settings, new RetryPolicy(6, Duration.ofMillis(250), Duration.ofSeconds(4), pauses::add));
    }

    @BeforeEach
    void forgetEarlierRequests() {
        io = store.objectIo().orElseThrow();
        hippius.faults("ok");
        hippius.clearRequests();
        pauses.clear();
    }

    @AfterEach
    void healthy() {
        hippius.faults("ok");
    }

    @Test
    void outOfCreditIsRefusedAtOnceAndShowsUntilAWriteSucceeds() {
        io.put(BUCKET, key(), content());
        assertEquals(AccountCredit.State.OK, store.credit().orElseThrow().state());
        hippius.faults("no-credit");
        hippius.clearRequests();
        StoreRefused refused = assertThrows(StoreRefused.class, () -> io.put(BUCKET, key(), content()));
        assertEquals(StoreRefused.Reason.NO_CREDIT, refused.reason());
        assertEquals("InsufficientAccountCredit", refused.code());
        assertEquals(1, hippius.count("PutObject"), "a 402 is not retried");
        assertEquals(List.of(), pauses);
        assertEquals(AccountCredit.State.EXHAUSTED, store.credit().orElseThrow().state());
        assertEquals(StoreRefused.Reason.NO_CREDIT, assertThrows(StoreRefused.class, () -> io.delete(BUCKET, key())).reason());
        assertEquals(AccountCredit.State.EXHAUSTED, store.credit().orElseThrow().state(), "reads and refusals do not reset it");
        hippius.faults("ok");
        io.put(BUCKET, key(), content());
        assertEquals(AccountCredit.State.OK, store.credit().orElseThrow().state(), "a successful write shows the account topped up");
    }

    @Test
    void billingOutagesAreRetriedUntilTheWriteGoesThrough() {
        hippius.faults("billing-down times=2");
        ObjectKey key = key();
        io.put(BUCKET, key, content());
        assertEquals(List.of(503, 503, 200), statuses("PutObject"));
        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500)), pauses, "exponential backoff");
        assertTrue(io.head(BUCKET, key).isPresent());
    }

    @Test
    void aBusyGatewayIsWaitedOutHonouringRetryAfter() {
        hippius.faults("busy times=2");
        io.put(BUCKET, key(), content());
        assertEquals(List.of(503, 503, 200), statuses("PutObject"));
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3)), pauses, "Retry-After: 3 is longer than the backoff");
    }

    @Test
    void freshObjectsThatAreNotReadyYetAreReadOnceTheyAre() throws Exception {
        ObjectKey key = key();
        byte[] bytes = "fresh bytes, not yet downloadable".getBytes();
        hippius.faults("slowdown-fresh-reads=600 times=2");
        io.put(BUCKET, key, ObjectContent.of(bytes, Map.of()));
        assertEquals(List.of(503, 503, 200), statuses("HeadObject"), "the write's own ETag check waits for the object");
        hippius.faults("slowdown-fresh-reads=600 times=1");
        try (var in = io.get(BUCKET, key).orElseThrow()) {
            assertEquals(new String(bytes), new String(in.readAllBytes()));
        }
        assertEquals(List.of(503, 200), statuses("GetObject"));
    }

    @Test
    void retriesRunOutAsDependencyUnavailable() {
        hippius.faults("busy");
        DependencyUnavailable failure = assertThrows(DependencyUnavailable.class, () -> io.put(BUCKET, key(), content()));
        assertTrue(failure.getMessage().contains("SlowDown"), failure::getMessage);
        assertEquals(6, hippius.count("PutObject"), "six tries in all");
        assertEquals(5, pauses.size());
    }

    @Test
    void anAuthenticationOutageIsDependencyUnavailableEverywhere() {
        hippius.faults("auth-down");
        assertThrows(DependencyUnavailable.class, () -> io.head(BUCKET, key()));
        assertEquals(6, hippius.count("HeadObject"));
        assertThrows(DependencyUnavailable.class, () -> io.put(BUCKET, key(), content()));
        assertThrows(DependencyUnavailable.class, () -> store.listings().orElseThrow()
                .list(BUCKET, ListQuery.of(new FolderPrefix("data/hotkey=x/")), Duration.ofSeconds(30)));
        assertNotEquals(AccountCredit.State.EXHAUSTED, store.credit().orElseThrow().state(), "an outage is not a lack of credit");
    }

    @Test
    void aListingGivesUpWhenRetriesWouldOutlastItsTimeout() {
        hippius.faults("busy");
        assertThrows(DependencyUnavailable.class, () -> store.listings().orElseThrow()
                .list(BUCKET, ListQuery.of(new FolderPrefix("data/hotkey=x/")), Duration.ofSeconds(1)));
        assertEquals(1, hippius.count("ListObjectsV2"), "a 3 s Retry-After does not fit in 1 s");
    }

    @Test
    void aWrongSecretIsAccessDeniedAndNotRetried() {
        try (HippiusObjectStore wrong = recordingPauses(Fixtures.shared(hippius, BUCKET).withCredentials(FakeHippius.KEY, "not-the-secret"))) {
            StoreRefused refused = assertThrows(StoreRefused.class, () -> wrong.objectIo().orElseThrow().put(BUCKET, key(), content()));
            assertEquals(StoreRefused.Reason.ACCESS_DENIED, refused.reason());
            assertEquals(1, hippius.count("PutObject"));
            assertEquals(List.of(), pauses);
        }
    }

    private List<Integer> statuses(String operation) {
        return hippius.requests().stream().filter(r -> r.operation().equals(operation)).map(FakeHippius.Request::status).toList();
    }

    private static ObjectKey key() {
        return new ObjectKey("data/hotkey=faults/job_id=1/" + UUID.randomUUID() + ".bin");
    }

    private static ObjectContent content() {
        return ObjectContent.of(new byte[1500], Map.of("sha256", "ab".repeat(32)));
    }
}
