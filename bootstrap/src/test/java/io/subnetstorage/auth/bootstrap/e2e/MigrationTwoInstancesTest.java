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
import io.subnetstorage.auth.application.testing.Eventually;
import io.subnetstorage.auth.bootstrap.support.FakeHippiusServer;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestDatabase;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two service instances on one database, both ticking their migration job: the migration's advisory lock lets one
 * of them run it, so Hippius sees exactly one PUT per object and every object is verified once.
 */
class MigrationTwoInstancesTest {

    static final int MINERS = 3;
    static final int PER_MINER = 60;

    @Test
    void twoInstancesRunOneMigrationOnceWithNoObjectCopiedTwice() throws Exception {
        MirrorBacklog backlog = new MirrorBacklog(MINERS);
        backlog.seed(PER_MINER, 64);
        try (TestDatabase database = TestDatabase.create(); FakeHippiusServer hippius = FakeHippiusServer.start("migration-two")) {
            Map<String, Object> properties = new HashMap<>(ServiceTest.testBackends(database));
            properties.putAll(hippius.properties());
            properties.put("ssa.dev-mode", "true");
            properties.put("ssa.stores.upload-store", "s3");
            properties.put("ssa.migration.max-requests-per-minute", "60000");
            try (ApplicationContext first = ApplicationContext.run(properties); ApplicationContext second = ApplicationContext.run(properties)) {
                MigrationId id = first.getBean(StartMigrationUseCase.class).start(new StartMigrationCommand(StoreKind.S3, StoreKind.HIPPIUS,
                        Optional.of(backlog.hotkeys().stream().map(Hotkey::of).toList()), false, 10, Verification.ETAG));
                ViewMigrationsUseCase view = second.getBean(ViewMigrationsUseCase.class);
                MigrationProgress done = Eventually.answer(() -> view.progress(id).orElseThrow(),
                        progress -> progress.migration().state() == MigrationState.DONE, "the migration done");

                long total = MINERS * PER_MINER;
                assertEquals(total, done.counts().verified(), done.toString());
                assertEquals(total, MirrorBacklog.successfulPuts(hippius), "one PUT per object on Hippius");
            }
        }
    }
}
