package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.subnetstorage.auth.application.port.out.mirror.Discovery;
import io.subnetstorage.auth.application.port.out.mirror.MirrorItem;
import io.subnetstorage.auth.application.port.out.mirror.MirrorLag;
import io.subnetstorage.auth.application.port.out.mirror.MirrorLedger;
import io.subnetstorage.auth.application.port.out.mirror.MirrorState;
import io.subnetstorage.auth.application.port.out.mirror.ObjectVersion;
import io.subnetstorage.auth.application.port.out.mirror.Settlement;
import io.subnetstorage.auth.application.port.out.mirror.TrackedObject;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MirrorLedgerTest {

    @RegisterExtension
    static final DatabaseContext DB = new DatabaseContext(Map.of());

    private static final Duration LEASE = Duration.ofMinutes(30);
    private static final ObjectVersion V1 = new ObjectVersion(1024, "\"0123456789abcdef0123456789abcdef\"");
    private static final String SHA = "a".repeat(64);

    private final MirrorLedger ledger = DB.bean(MirrorLedger.class);

    private static List<Discovery> backlog(Hotkey miner, StoreKind mirror, int count) {
        return backlog(miner, StoreKind.S3, mirror, count);
    }

    private static List<Discovery> backlog(Hotkey miner, StoreKind source, StoreKind mirror, int count) {
        List<Discovery> found = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            found.add(new Discovery(mirror, new ObjectKey("data/hotkey=" + miner + "/job_id=1/f" + i), miner, source, V1));
        }
        return found;
    }

    @Test
    void twoInstancesClaimingAtOnceGetDisjointRowsAndTogetherAll() throws Exception {
        Hotkey miner = Fixtures.hotkey();
        Instant now = Fixtures.now();
        ledger.record(backlog(miner, StoreKind.HIPPIUS, 300), now);
        try (ApplicationContext otherInstance = DB.database().start(Map.of())) {
            List<MirrorLedger> instances = List.of(ledger, otherInstance.getBean(MirrorLedger.class));
            Map<String, Integer> claimedBy = new ConcurrentHashMap<>();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService workers = Executors.newFixedThreadPool(6);
            List<Future<Integer>> done = new ArrayList<>();
            for (int worker = 0; worker < 6; worker++) {
                MirrorLedger instance = instances.get(worker % 2);
                int id = worker;
                done.add(workers.submit((Callable<Integer>) () -> {
                    go.await();
                    int claims = 0;
                    for (List<MirrorItem> batch; !(batch = instance.claim(StoreKind.HIPPIUS, 7, now, LEASE)).isEmpty(); claims++) {
                        batch.stream().filter(item -> item.miner().equals(miner))
                                .forEach(item -> claimedBy.merge(item.key().value(), 1, Integer::sum));
                    }
                    return claims;
                }));
            }
            go.countDown();
            for (Future<Integer> worker : done) {
                assertTrue(worker.get(60, TimeUnit.SECONDS) >= 0);
            }
            workers.shutdown();
            assertEquals(300, claimedBy.size(), "every row claimed");
            assertTrue(claimedBy.values().stream().allMatch(times -> times == 1), "no row claimed twice: " + claimedBy);
        }
    }

    @Test
    void aClaimedRowIsLeasedOnlyItsHolderSettlesItAndItComesBackWhenTheLeaseRunsOut() {
        Hotkey miner = Fixtures.hotkey();
        Instant now = Fixtures.now();
        ledger.record(backlog(miner, StoreKind.HUGGINGFACE, 1), now);
        MirrorItem held = ledger.claim(StoreKind.HUGGINGFACE, 10, now, LEASE).get(0);
        assertEquals(List.of(), ledger.claim(StoreKind.HUGGINGFACE, 10, now.plus(Duration.ofMinutes(29)), LEASE));

        MirrorItem taken = ledger.claim(StoreKind.HUGGINGFACE, 10, now.plus(LEASE), LEASE).get(0);
        assertFalse(ledger.settle(held, Settlement.verified(V1, Optional.of(SHA)), now), "a holder whose lease ran out settles nothing");
        assertTrue(ledger.settle(taken, Settlement.verified(V1, Optional.of(SHA)), now));
        TrackedObject row = ledger.tracked(miner).get(0);
        assertEquals(MirrorState.VERIFIED, row.state());
        assertEquals(V1, row.version());
    }

    @Test
    void failuresCountAttemptsAndWaitAndLagCountsWhatIsNotVerified() {
        Hotkey miner = Fixtures.hotkey();
        Instant now = Fixtures.now();
        ledger.record(backlog(miner, StoreKind.HIPPIUS, StoreKind.S3, 3), now);
        List<MirrorItem> items = ledger.claim(StoreKind.S3, 3, now, LEASE);
        assertEquals(3, items.size());
        ledger.settle(items.get(0), Settlement.failed(V1, "mirror unavailable", now.plusSeconds(30)), now);
        ledger.settle(items.get(1), Settlement.conflict(V1, "other bytes", now.plus(Duration.ofDays(1))), now);
        ledger.release(items.get(2), now);

        MirrorLag lag = ledger.lag(StoreKind.S3);
        assertTrue(lag.objects() >= 2, "the failed and the released one: " + lag);
        assertTrue(lag.conflicts() >= 1);
        assertTrue(lag.oldest().orElseThrow().compareTo(now) <= 0);
        List<MirrorItem> again = ledger.claim(StoreKind.S3, 10, now, LEASE);
        assertEquals(List.of(items.get(2).key()), again.stream().filter(i -> i.miner().equals(miner)).map(MirrorItem::key).toList(),
                "released at once; the failed one waits");
        MirrorItem retried = ledger.claim(StoreKind.S3, 10, now.plusSeconds(30), LEASE).stream()
                .filter(i -> i.key().equals(items.get(0).key())).findFirst().orElseThrow();
        assertEquals(1, retried.attempts());
        assertEquals(MirrorState.FAILED, retried.state());
    }

    @Test
    void aNewVersionOnTheSameSourceMakesARowPendingAgainAndVoidsTheLeaseOthersDoNot() {
        Hotkey miner = Fixtures.hotkey();
        Instant now = Fixtures.now();
        Discovery first = backlog(miner, StoreKind.HIPPIUS, 1).get(0);
        ledger.record(List.of(first), now);
        MirrorItem item = ledger.claim(StoreKind.HIPPIUS, 1000, now, LEASE).stream().filter(i -> i.key().equals(first.key())).findFirst()
                .orElseThrow();
        assertTrue(ledger.settle(item, Settlement.copied(V1, SHA, "compared next", now), now));
        item = ledger.claim(StoreKind.HIPPIUS, 1000, now, LEASE).stream().filter(i -> i.key().equals(first.key())).findFirst().orElseThrow();
        assertEquals(Optional.of(SHA), item.sha256());

        ObjectVersion v2 = new ObjectVersion(2048, "fedcba9876543210fedcba9876543210-2");
        ledger.record(List.of(new Discovery(first.mirror(), first.key(), miner, StoreKind.HUGGINGFACE, v2)), now);
        assertEquals(V1, ledger.tracked(miner).get(0).version(), "another source's version changes nothing");
        ledger.record(List.of(first), now);
        assertEquals(MirrorState.COPIED, ledger.tracked(miner).get(0).state(), "the same version changes nothing");

        ledger.record(List.of(new Discovery(first.mirror(), first.key(), miner, StoreKind.S3, v2)), now.plusSeconds(1));
        TrackedObject row = ledger.tracked(miner).get(0);
        assertEquals(MirrorState.PENDING, row.state());
        assertEquals(v2, row.version());
        assertFalse(ledger.settle(item, Settlement.verified(V1, Optional.of(SHA)), now), "the old version's claim is void");
        MirrorItem renewed = ledger.claim(StoreKind.HIPPIUS, 100, now.plusSeconds(1), LEASE).stream()
                .filter(i -> i.key().equals(first.key())).findFirst().orElseThrow();
        assertEquals(Optional.empty(), renewed.sha256(), "the old version's SHA-256 is dropped");
        ledger.forget(renewed);
        assertEquals(List.of(), ledger.tracked(miner), "a source object gone is forgotten");
    }
}
