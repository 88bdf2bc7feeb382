package io.subnetstorage.auth.application.port.in.migration;

import io.subnetstorage.auth.application.port.out.migration.MigrationId;

/**
 * An operator's pause, resume and rollback. Each throws {@link MigrationRefused}: unknown id, wrong state, or (for
 * a rollback) a destination in use.
 */
public interface ControlMigrationUseCase {

    void pause(MigrationId id);

    void resume(MigrationId id);

    void rollback(MigrationId id);
}
