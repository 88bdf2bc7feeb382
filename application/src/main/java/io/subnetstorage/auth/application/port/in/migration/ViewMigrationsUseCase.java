package io.subnetstorage.auth.application.port.in.migration;

import io.subnetstorage.auth.application.port.out.migration.MigrationId;
import io.subnetstorage.auth.application.port.out.migration.ObjectOutcome;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The migrations, one's progress, and its report line by line. */
public interface ViewMigrationsUseCase {

    List<MigrationProgress> list();

    Optional<MigrationProgress> progress(MigrationId id);

    /** Streams the report's lines; false when there is no such migration. */
    boolean report(MigrationId id, Consumer<ObjectOutcome> line);
}
