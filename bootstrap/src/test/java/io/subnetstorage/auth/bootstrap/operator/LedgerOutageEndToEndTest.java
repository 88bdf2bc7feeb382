package io.subnetstorage.auth.bootstrap.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.testing.Eventually;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<OperatorClient.Answer> answers;
        try {
            List<Future<OperatorClient.Answer>> requests = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                requests.add(pool.submit(() -> client().folderAccess(ALICE)));
            }
            answers = new ArrayList<>();
            for (Future<OperatorClient.Answer> request : requests) {
                answers.add(request.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(20, answers.stream().filter(a -> a.status() == 200).count(), answers.toString());
        assertEquals(before + 20, role.count(GRANTS));
    }

    /**
     * Twenty clients ask again and again while the privilege is taken away under them, until one has been
     * refused: so grants were both given and refused around the change, whatever the timing.
     */
    @Test
    void whenTheLedgerFailsMidwayOnlyTheRecordedGrantsAreReturned() throws Exception {
        long before = role.count(GRANTS);
        CountDownLatch firstTen = new CountDownLatch(10);
        AtomicBoolean refused = new AtomicBoolean();
        List<OperatorClient.Answer> answers = new CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                running.add(clients.submit(() -> {
                    while (!refused.get()) {
                        OperatorClient.Answer answer = client().folderAccess(ALICE);
                        answers.add(answer);
                        firstTen.countDown();
                        refused.compareAndSet(false, answer.status() != 200);
                    }
                }));
            }
            firstTen.await(2, TimeUnit.MINUTES);
            role.revokeInsertOnGrants();
            for (Future<?> client : running) {
                client.get(2, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
            role.grantInsertOnGrants();
        }
        long granted = answers.stream().filter(a -> a.status() == 200).count();
        answers.stream().filter(a -> a.status() != 200).forEach(LedgerOutageEndToEndTest::assertRefusedWithoutUrl);
        assertTrue(granted >= 10, "the first ten answered before the revoke: " + granted);
        assertTrue(answers.size() > granted, "and some were refused");
        assertEquals(before + granted, role.count(GRANTS), "every grant handed out has its row, and only those");
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
}
