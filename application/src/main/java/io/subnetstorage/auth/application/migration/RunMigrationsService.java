package io.subnetstorage.auth.application.migration;

import io.subnetstorage.auth.application.mirror.ObjectTransfer;
import io.subnetstorage.auth.application.port.in.migration.RunMigrationsUseCase;
import io.subnetstorage.auth.application.port.out.ExclusiveJobs;
import io.subnetstorage.auth.application.port.out.migration.Migration;
import io.subnetstorage.auth.application.port.out.migration.MigrationId;
import io.subnetstorage.auth.application.port.out.migration.MigrationLedger;
import io.subnetstorage.auth.application.port.out.migration.MigrationState;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.StorePhases;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Starts a runner, on a thread of its own, for each migration with work that no runner holds: the runner first takes
 * the migration's PostgreSQL advisory lock ({@link ExclusiveJobs}), so across instances one runs it and the others
 * skip; a runner that dies (a crash, SIGKILL) loses its session and with it the lock, and the next tick of any
 * instance resumes the migration. Objects are copied {@link #COPIERS} at a time per instance, every store request
 * paced by one {@link Throttle}.
 */
public final class RunMigrationsService implements RunMigrationsUseCase {

    static final int COPIERS = 4;

    private final MigrationLedger ledger;
    private final MigrationStores stores;
    private final ExclusiveJobs jobs;
    private final ObjectTransfer transfer;
    private final Throttle throttle;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Consumer<String> problems;
    private final Set<MigrationId> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService runners = Executors.newCachedThreadPool(daemon("migration-runner"));
    private final ExecutorService copiers = Executors.newFixedThreadPool(COPIERS, daemon("migration-copier"));

    /** {@code problems}: where a runner that failed says why (the log); it is started again on a later tick. */
    public RunMigrationsService(MigrationLedger ledger, StoreRegistry stores, StorePhases phases, MinerBuckets buckets, ExclusiveJobs jobs,
            MigrationSettings settings, Sleeper sleeper, Clock clock, Consumer<String> problems) {
        this.ledger = ledger;
        this.stores = new MigrationStores(stores, phases, buckets);
        this.jobs = jobs;
        this.transfer = new ObjectTransfer(settings.multipartThreshold());
        this.throttle = new Throttle(settings.maxRequestsPerMinute(), System::nanoTime, sleeper);
        this.sleeper = sleeper;
        this.clock = clock;
        this.problems = problems;
    }

    @Override
    public int startDue() {
        int started = 0;
        for (MigrationId id : ledger.runnable()) {
            if (running.add(id)) {
                runners.execute(() -> runLocked(id));
                started++;
            }
        }
        return started;
    }

    /** Runs the migration here, now, if no instance holds it: for the job's threads and for tests. */
    void runLocked(MigrationId id) {
        try {
            jobs.runIfFree("migration:" + id, () -> run(id));
        } catch (Sleeper.Stopped stopped) {
            // Stopping or paused: whatever was not committed is done again by the next runner.
        } catch (RuntimeException e) {
            problems.accept("Migration " + id + " stopped: " + e);
        } finally {
            running.remove(id);
        }
    }

    private void run(MigrationId id) {
        Optional<Migration> found = ledger.find(id);
        if (found.isEmpty()) {
            return;
        }
        Migration migration = found.get();
        if (migration.state() == MigrationState.ROLLING_BACK) {
            new RollbackRun(migration, ledger, stores, transfer, throttle, sleeper, clock).run();
        } else if (ledger.transition(id, List.of(MigrationState.QUEUED, MigrationState.RUNNING), MigrationState.RUNNING, Optional.empty(),
                clock.instant())) {
            Migration started = ledger.find(id).orElseThrow();
            new CopyRun(started, ledger, stores, transfer, throttle, sleeper, copiers, clock).run();
        }
    }

    @Override
    public void stop() {
        runners.shutdownNow();
        copiers.shutdownNow();
        try {
            runners.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
