package io.subnetstorage.auth.application.migration;

import io.subnetstorage.auth.application.mirror.MemoryStore;
import io.subnetstorage.auth.application.port.in.migration.StartMigrationCommand;
import io.subnetstorage.auth.application.port.out.ExclusiveJobs;
import io.subnetstorage.auth.application.port.out.migration.MigrationId;
import io.subnetstorage.auth.application.port.out.migration.ObjectOutcome;
import io.subnetstorage.auth.application.port.out.migration.ObjectState;
import io.subnetstorage.auth.application.port.out.migration.Verification;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.StorePhases;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.application.service.MutableClock;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An S3 store and a Hippius store in memory, the in-memory ledger, and the migration use cases over them; runs are
 * synchronous ({@link #run}) and never wait (waits are only counted).
 */
final class MigrationHarness {

    static final Hotkey ALICE = Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    static final Hotkey BOB = Hotkey.of("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty");
    static final long THRESHOLD = 1024;

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
    final MemoryMigrationLedger ledger = new MemoryMigrationLedger();
    final MemoryStore s3 = new MemoryStore(StoreKind.S3, THRESHOLD);
    final MemoryStore hippius;
    final List<Duration> waits = new ArrayList<>();
    final MigrationService service;
    final RunMigrationsService runner;

    MigrationHarness(StorePhases phases) {
        this(phases, new MemoryStore(StoreKind.HIPPIUS, THRESHOLD));
    }

    MigrationHarness(StorePhases phases, MemoryStore hippius) {
        this.hippius = hippius;
        StoreRegistry stores = new StoreRegistry(List.of(s3, hippius));
        ExclusiveJobs free = (job, work) -> {
            work.run();
            return true;
        };
        Sleeper counted = waits::add;
        service = new MigrationService(ledger, stores, phases, clock);
        runner = new RunMigrationsService(ledger, stores, phases, new MinerBuckets(), free, new MigrationSettings(THRESHOLD, 60_000), counted,
                clock, problem -> {
                    throw new AssertionError(problem);
                });
    }

    /** S3 uploads miners to; Hippius only configured. */
    MigrationHarness() {
        this(StorePhases.single(StoreKind.S3));
    }

    static ObjectKey key(Hotkey miner, String name) {
        return new ObjectKey("data/hotkey=" + miner.value() + "/job_id=1/" + name);
    }

    static byte[] bytes(int size, int seed) {
        byte[] bytes = new byte[size];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }

    MigrationId start(Optional<List<Hotkey>> miners, boolean dryRun, Verification verify) {
        return service.start(new StartMigrationCommand(StoreKind.S3, StoreKind.HIPPIUS, miners, dryRun, 2, verify));
    }

    void run(MigrationId id) {
        runner.runLocked(id);
    }

    ObjectState state(MigrationId id, ObjectKey key) {
        return ledger.state(id, key);
    }

    Map<String, ObjectOutcome> report(MigrationId id) {
        Map<String, ObjectOutcome> lines = new java.util.TreeMap<>();
        service.report(id, line -> lines.put(line.key().value(), line));
        return lines;
    }
}
