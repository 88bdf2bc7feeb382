package io.subnetstorage.auth.application.port.in.migration;

import io.subnetstorage.auth.application.port.out.migration.Migration;
import io.subnetstorage.auth.application.port.out.migration.MigrationCounts;
import java.util.OptionalLong;

/**
 * {@code GET /operator/migrations/{id}}: the migration, its counts, objects settled per second in the current run,
 * and the seconds left at that rate (empty until there is a rate, or before the source is listed in full).
 */
public record MigrationProgress(Migration migration, MigrationCounts counts, double objectsPerSecond, OptionalLong etaSeconds) {
}
