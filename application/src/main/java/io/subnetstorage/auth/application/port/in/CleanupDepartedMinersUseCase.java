package io.subnetstorage.auth.application.port.in;

/** The cleanup job (SPEC §8): archives registrations whose cleanup is due and, when configured, deletes their data. */
public interface CleanupDepartedMinersUseCase {

    /** What one run did; empty when another instance is running the job. */
    java.util.Optional<CleanupReport> run();
}
