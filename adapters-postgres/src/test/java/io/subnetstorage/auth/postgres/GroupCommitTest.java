package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Concurrent requests share a transaction, each returns after its rows are committed, and one's failure is its own. */
class GroupCommitTest {

    @RegisterExtension
    static final DatabaseContext DB = new DatabaseContext(Map.of());

    private final GrantLedger ledger = DB.bean(GrantLedger.class);
    private final TestDatabase database = DB.database();

    @Test
    void requestsWaitingBehindATransactionShareTheNextOne() throws Exception {
        List<Integer> transactionSizes = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> others = fourBehindAnOpenTransaction(transactionSizes, 2, (rows, what) -> { });
        for (Future<?> other : others) {
            other.get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of(1, 8), transactionSizes, "one transaction for the first, one for the four behind it");
    }

    @Test
    void aSharedTransactionWithoutAConnectionFailsEveryRequestAtOnceInsteadOfReplayingThem() throws Exception {
        List<Integer> transactionSizes = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> others = fourBehindAnOpenTransaction(transactionSizes, 1, (rows, what) -> {
            throw new DependencyUnavailable(what + " failed: connection refused");
        });
        for (Future<?> other : others) {
            Exception refused = assertThrows(Exception.class, () -> other.get(10, TimeUnit.SECONDS));
            assertTrue(refused.getCause() instanceof DependencyUnavailable, refused.toString());
        }
        assertEquals(List.of(1, 4), transactionSizes, "no replay one by one after a failure that is not a row's");
    }

    @Test
    void aDuplicateInASharedTransactionFailsOnlyItsOwnRequest() throws Exception {
        Hotkey miner = Fixtures.hotkey();
        AccessGrant recordedBefore = Fixtures.minerGrant(miner, Fixtures.now(), Duration.ofMinutes(5));
        ledger.record(recordedBefore, Fixtures.origin());
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<AccessGrant> fresh = new ArrayList<>();
        List<Future<?>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 64; i++) {
                AccessGrant grant = Fixtures.minerGrant(miner, Fixtures.now(), Duration.ofMinutes(5));
                fresh.add(grant);
                calls.add(threads.submit(() -> ledger.recordAll(List.of(grant, Fixtures.minerGrant(miner, Fixtures.now(),
                        Duration.ofMinutes(5))), Fixtures.origin())));
            }
            Future<?> duplicate = threads.submit(() -> ledger.recordAll(
                    List.of(Fixtures.minerGrant(miner, Fixtures.now(), Duration.ofMinutes(5)), recordedBefore), Fixtures.origin()));
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
            Exception refused = assertThrows(Exception.class, () -> duplicate.get(30, TimeUnit.SECONDS));
            assertTrue(refused.getCause() instanceof DependencyUnavailable, refused.toString());
        } finally {
            threads.shutdownNow();
        }
        for (AccessGrant grant : fresh) {
            assertEquals(1, database.count("SELECT count(*) FROM access_grants WHERE id = ?", grant.id()));
        }
        // 1 recorded before, 64 requests of 2; the duplicate's request left nothing (its other grant included).
        assertEquals(129, database.count("SELECT count(*) FROM access_grants WHERE principal = ?", miner.value()));
    }

    /**
     * One request's transaction is held open until four more (of {@code rowsEach} rows) have queued behind it;
     * every later transaction goes to {@code later}. Returns the four calls, once the first has returned.
     */
    private static List<Future<?>> fourBehindAnOpenTransaction(List<Integer> sizes, int rowsEach, GroupCommit.Writer later)
            throws Exception {
        CountDownLatch firstWriting = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        GroupCommit group = new GroupCommit((rows, what) -> {
            sizes.add(rows.size());
            if (sizes.size() == 1) {
                firstWriting.countDown();
                await(othersQueued);
                return;
            }
            later.write(rows, what);
        });
        ExecutorService threads = Executors.newFixedThreadPool(5);
        try {
            Future<?> first = threads.submit(() -> group.commit(List.of(row()), "first"));
            await(firstWriting);
            List<Future<?>> others = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                List<GrantRow> rows = new ArrayList<>();
                for (int r = 0; r < rowsEach; r++) {
                    rows.add(row());
                }
                others.add(threads.submit(() -> group.commit(rows, "other")));
            }
            Thread.sleep(200); // the four reach the lock's queue while the first transaction is open
            othersQueued.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (Future<?> other : others) {
                try {
                    other.get(10, TimeUnit.SECONDS);
                } catch (ExecutionException settledWithAFailure) {
                    // the caller looks at each outcome
                }
            }
            return others;
        } finally {
            threads.shutdownNow();
        }
    }

    private static GrantRow row() {
        return GrantRow.of(Fixtures.minerGrant(Fixtures.hotkey(), Fixtures.now(), Duration.ofMinutes(5)), Fixtures.origin());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
