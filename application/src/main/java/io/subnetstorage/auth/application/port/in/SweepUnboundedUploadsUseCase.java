package io.subnetstorage.auth.application.port.in;

import java.util.Optional;

/**
 * The size check of SPEC §7: an object under {@code data/} that a PUT grant without a size let in and that is
 * outside the upload size range is deleted, and the grant records what was found.
 */
public interface SweepUnboundedUploadsUseCase {

    /** What one run did; empty when another instance is running the sweep. */
    Optional<UploadSweepReport> run();
}
