package io.subnetstorage.auth.application.port.in.migration;

import io.subnetstorage.auth.application.port.out.migration.MigrationId;

/** Queues a migration; a runner on some instance picks it up. Throws {@link MigrationRefused}. */
public interface StartMigrationUseCase {

    MigrationId start(StartMigrationCommand command);
}
