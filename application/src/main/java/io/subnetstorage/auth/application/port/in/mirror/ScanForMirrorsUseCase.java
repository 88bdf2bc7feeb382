package io.subnetstorage.auth.application.port.in.mirror;

import java.util.Optional;

/**
 * Discovery (SPEC §10): every MIRROR_SCAN_INTERVAL each miner's folder on every source is listed in full and
 * compared with the mirror ledger. Called often; scans only when the interval has passed since the last full
 * scan of any instance, and only on one instance at a time.
 */
public interface ScanForMirrorsUseCase {

    /** What the scan found; empty when none was due or another instance is scanning. */
    Optional<MirrorScanReport> scanIfDue();
}
