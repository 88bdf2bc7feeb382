package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.ExclusiveJobs;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two contexts on one database stand for two instances: the advisory lock must be seen across them. */
class ExclusiveJobsTest {

    @RegisterExtension
    static final DatabaseContext DB = new DatabaseContext(Map.of());

    @Test
    void anotherInstanceSkipsAJobThatIsRunningAndRunsItOnceFree() throws Exception {
        ExclusiveJobs first = DB.bean(ExclusiveJobs.class);
        try (ApplicationContext otherInstance = DB.database().start(Map.of())) {
            ExclusiveJobs second = otherInstance.getBean(ExclusiveJobs.class);
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Boolean> holder = CompletableFuture.supplyAsync(() -> first.runIfFree("cleanup-test", () -> {
                running.countDown();
                await(release);
            }));
            assertTrue(running.await(30, TimeUnit.SECONDS));

            AtomicBoolean ranElsewhere = new AtomicBoolean();
            assertFalse(second.runIfFree("cleanup-test", () -> ranElsewhere.set(true)), "the job is held by the first instance");
            assertFalse(ranElsewhere.get());
            assertTrue(second.runIfFree("another-job", () -> ranElsewhere.set(true)), "other jobs are not blocked");

            release.countDown();
            assertTrue(holder.get(30, TimeUnit.SECONDS));
            AtomicBoolean ranAfter = new AtomicBoolean();
            assertTrue(second.runIfFree("cleanup-test", () -> ranAfter.set(true)));
            assertTrue(ranAfter.get());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
