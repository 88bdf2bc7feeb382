package io.subnetstorage.auth.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.subnetstorage.auth.application.port.in.migration.MigrationProgress;
import io.subnetstorage.auth.application.port.in.migration.StartMigrationCommand;
import io.subnetstorage.auth.application.port.in.migration.StartMigrationUseCase;
import io.subnetstorage.auth.application.port.in.migration.ViewMigrationsUseCase;
import io.subnetstorage.auth.application.port.out.migration.MigrationId;
import io.subnetstorage.auth.application.port.out.migration.MigrationState;
import io.subnetstorage.auth.application.port.out.migration.Verification;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.bootstrap.support.FakeHippiusServer;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestDatabase;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Objects and MiB per second that one service instance migrates from s3proxy to fakehippius (docs/benchmarks.md,
 * "Migration S3 → Hippius"), with verify=etag and verify=download, MIGRATION_MAX_REQUESTS_PER_MINUTE raised out of
 * the way. Not part of the suite (surefire runs {@code *Test} classes): {@code scripts/bench-migration.sh} runs it.
 * Settings: {@code -Dmigration.bench.small} (objects of 10 KiB), {@code .large} (objects of 50 MiB), {@code .out}.
 * Each run: a fresh database and a fresh fakehippius; the time is from the start call to the state done.
 */
class MigrationThroughputBenchmark {

    static final int MINERS = 10;
    static final Duration DEADLINE = Duration.ofMinutes(40);

    @Test
    void migrateBacklogs() throws Exception {
        Path out = Path.of(System.getProperty("migration.bench.out", "target/migration-bench.md"));
        if (!Files.exists(out)) {
            Files.writeString(out, "| objects | size | verify | start to done | objects/s | MiB/s | verified |\n|---|---|---|---|---|---|---|\n",
                    StandardCharsets.UTF_8);
        }
        int small = Integer.getInteger("migration.bench.small", 10_000);
        int large = Integer.getInteger("migration.bench.large", 20);
        MirrorBacklog warmUp = new MirrorBacklog(2);
        warmUp.seed(100, 10 << 10);
        run(warmUp, 200, 10 << 10, Verification.ETAG); // not reported: loading and compiling the code
        for (int[] backlog : new int[][] {{small, 10 << 10}, {large, 50 << 20}}) {
            MirrorBacklog seeded = new MirrorBacklog(Math.min(MINERS, backlog[0]));
            seeded.seed(backlog[0] / Math.min(MINERS, backlog[0]), backlog[1]);
            for (Verification verify : Verification.values()) {
                String line = run(seeded, backlog[0] - backlog[0] % Math.min(MINERS, backlog[0]), backlog[1], verify);
                System.out.println(line);
                Files.writeString(out, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        }
    }

    private static String run(MirrorBacklog backlog, int objects, int size, Verification verify) throws Exception {
        try (TestDatabase database = TestDatabase.create(); FakeHippiusServer hippius = FakeHippiusServer.start("migration-bench")) {
            Map<String, Object> properties = new HashMap<>(ServiceTest.testBackends(database));
            properties.putAll(hippius.properties());
            properties.put("ssa.dev-mode", "true");
            properties.put("ssa.stores.upload-store", "s3");
            properties.put("ssa.migration.max-requests-per-minute", "1000000");
            try (ApplicationContext instance = ApplicationContext.run(properties)) {
                List<Hotkey> miners = backlog.hotkeys().stream().map(Hotkey::of).toList();
                long started = System.nanoTime();
                MigrationId id = instance.getBean(StartMigrationUseCase.class).start(new StartMigrationCommand(StoreKind.S3, StoreKind.HIPPIUS,
                        Optional.of(miners), false, StartMigrationCommand.DEFAULT_BATCH_SIZE, verify));
                ViewMigrationsUseCase view = instance.getBean(ViewMigrationsUseCase.class);
                MigrationProgress progress = view.progress(id).orElseThrow();
                while (progress.migration().state() != MigrationState.DONE) {
                    if (System.nanoTime() - started > DEADLINE.toNanos() || progress.migration().state() == MigrationState.PAUSED) {
                        throw new AssertionError("not migrated: " + progress);
                    }
                    Thread.sleep(100);
                    progress = view.progress(id).orElseThrow();
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                assertEquals(objects, progress.counts().verified(), progress.toString());
                return String.format("| %,d | %s | %s | %.1f s | %.1f | %.2f | %,d |", objects,
                        size >= 1 << 20 ? (size >> 20) + " MiB" : (size >> 10) + " KiB", verify.label(), seconds, objects / seconds,
                        objects * (double) size / (1 << 20) / seconds, progress.counts().verified());
            }
        }
    }
}
