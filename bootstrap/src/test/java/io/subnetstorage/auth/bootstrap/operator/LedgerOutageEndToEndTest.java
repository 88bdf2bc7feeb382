package io.subnetstorage.auth.bootstrap.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.testing.Eventually;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * SPEC §3 and ADR 0007: when the grant cannot be written the client gets 503 {@code Grant ledger
 * unavailable} and no URL, and every 200 the client received has its row, under concurrency too.
 */
@MicronautTest
class LedgerOutageEndToEndTest extends OwnRoleServiceTest {

    static final String GRANTS = "SELECT count(*) FROM access_grants WHERE principal = '" + ALICE.address() + "'";

    private static void assertRefusedWithoutUrl(OperatorClient.Answer answer) {
        assertEquals(503, answer.status(), answer.text());
        assertEquals(Map.of("detail", "Grant ledger unavailable"), answer.json());
        assertTrue(!answer.text().contains("http") && !answer.text().contains("x-amz"), answer.text());
    }

    @Test
    void withInsertRevokedTheClientGets503AndNoUrl() throws Exception {
        assertEquals(200, client().folderAccess(ALICE).status(), "the role can write before the revoke");
        long before = role.count(GRANTS);
        role.revokeInsertOnGrants();
        try {
            assertRefusedWithoutUrl(client().folderAccess(ALICE));
            assertEquals(before, role.count(GRANTS));
        } finally {
            role.grantInsertOnGrants();
        }
        assertEquals(200, client().folderAccess(ALICE).status());
        assertEquals(before + 1, role.count(GRANTS));
    }

    @Test
    void everyGrantReceivedUnderConcurrencyHasItsRow() throws Exception {
        long before = role.count(GRANTS);
        List<OperatorClient.Answer> answers = inParallel(20, 20, new CountDownLatch(0));
        assertEquals(20, answers.stream().filter(a -> a.status() == 200).count(), answers.toString());
        assertEquals(before + 20, role.count(GRANTS));
    }

    @Test
    void whenTheLedgerFailsMidwayOnlyTheRecordedGrantsAreReturned() throws Exception {
        long before = role.count(GRANTS);
        CountDownLatch firstTen = new CountDownLatch(10);
        List<OperatorClient.Answer> answers;
        ExecutorService revoker = Executors.newSingleThreadExecutor();
        try {
            Future<?> revoke = revoker.submit(() -> {
                firstTen.await();
                role.revokeInsertOnGrants();
                return null;
            });
            // 40 requests on 20 threads: once ten have finished, at least ten have not started.
            answers = inParallel(40, 20, firstTen);
            revoke.get();
        } finally {
            revoker.shutdownNow();
            role.grantInsertOnGrants();
        }
        long granted = answers.stream().filter(a -> a.status() == 200).count();
        answers.stream().filter(a -> a.status() != 200).forEach(LedgerOutageEndToEndTest::assertRefusedWithoutUrl);
        assertTrue(granted >= 10 && granted <= 30, "granted " + granted);
        assertEquals(before + granted, role.count(GRANTS));
    }

    @Test
    void anUnreachableDatabaseIs503UntilItIsBack() throws Exception {
        assertEquals(200, client().folderAccess(ALICE).status());
        long before = role.count(GRANTS);
        role.cutOff();
        try {
            // An answer at all (the client gives up after 30 s): the pool's connection timeout (1 s) ends the wait.
            assertRefusedWithoutUrl(client().folderAccess(ALICE));
        } finally {
            role.restore();
        }
        // Pooled connections the outage killed are found out one by one; a few more 503s are allowed.
        Eventually.answer(() -> {
            OperatorClient.Answer answer = client().folderAccess(ALICE);
            if (answer.status() != 200) {
                assertRefusedWithoutUrl(answer);
            }
            return answer;
        }, answer -> answer.status() == 200, "the service recovers once the database is back");
        assertEquals(before + 1, role.count(GRANTS));
    }

    private List<OperatorClient.Answer> inParallel(int requests, int threads, CountDownLatch done) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<OperatorClient.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                futures.add(pool.submit(() -> {
                    OperatorClient.Answer answer = client().folderAccess(ALICE);
                    done.countDown();
                    return answer;
                }));
            }
            List<OperatorClient.Answer> answers = new ArrayList<>();
            for (Future<OperatorClient.Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
