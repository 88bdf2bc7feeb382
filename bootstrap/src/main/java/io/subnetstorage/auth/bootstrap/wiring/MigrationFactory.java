package io.subnetstorage.auth.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.subnetstorage.auth.application.migration.MigrationService;
import io.subnetstorage.auth.application.migration.MigrationSettings;
import io.subnetstorage.auth.application.migration.RunMigrationsService;
import io.subnetstorage.auth.application.migration.Sleeper;
import io.subnetstorage.auth.application.port.in.migration.RunMigrationsUseCase;
import io.subnetstorage.auth.application.port.out.ExclusiveJobs;
import io.subnetstorage.auth.application.port.out.migration.MigrationLedger;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.StorePhases;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.bootstrap.config.MigrationConfig;
import io.subnetstorage.auth.bootstrap.config.UploadConfig;
import io.subnetstorage.auth.bootstrap.lifecycle.ShutdownSequence;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's migrations (SPEC §11, ADR 0024) over the configured stores and the PostgreSQL ledger. The service
 * answers the operator endpoints; the runners copy, on threads of their own, stopped with the pools they use.
 */
@Factory
@Requires(beans = MigrationLedger.class)
class MigrationFactory {

    private static final Logger LOG = LoggerFactory.getLogger("io.subnetstorage.auth.bootstrap.jobs.MigrationJob");

    @Singleton
    MigrationService migrationService(MigrationLedger ledger, StoreRegistry stores, StorePhases phases, Clock clock) {
        return new MigrationService(ledger, stores, phases, clock);
    }

    @Singleton
    RunMigrationsUseCase runMigrations(MigrationLedger ledger, StoreRegistry stores, StorePhases phases, MinerBuckets buckets, ExclusiveJobs jobs,
            UploadConfig uploads, MigrationConfig migration, Clock clock, ShutdownSequence shutdown) {
        RunMigrationsService runners = new RunMigrationsService(ledger, stores, phases, buckets, jobs,
                new MigrationSettings(uploads.multipartThreshold(), migration.maxRequestsPerMinute()), Sleeper.THREAD, clock, LOG::warn);
        // Built after the stores and the database pool, so stopped before them: no copy outlives its clients.
        shutdown.onClose(ShutdownSequence.Stage.POOLS, "migration runners", runners::stop);
        return runners;
    }
}
