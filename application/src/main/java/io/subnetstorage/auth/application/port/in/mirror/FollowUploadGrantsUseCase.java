package io.subnetstorage.auth.application.port.in.mirror;

import java.util.Optional;

/**
 * Scans a miner's folder soon after each upload grant (SPEC §10), from the grants the ledger recorded since the
 * last run of any instance, so a new object does not wait a whole scan interval.
 */
public interface FollowUploadGrantsUseCase {

    /** What the scans found; empty when another instance is following the grants. */
    Optional<MirrorScanReport> follow();
}
