package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.in.mirror.MirrorScanReport;
import java.util.Optional;

/**
 * What scans found on one source: folders listed (and failed), objects, objects that became work, and objects
 * some target still lacks. A former upload store is drained when a full scan lists all its folders and none lacks.
 */
final class SourceTally {

    int folders;
    int failedFolders;
    long found;
    long discovered;
    long outstanding;
    private Optional<String> lastFailure = Optional.empty();

    void failed(String why) {
        failedFolders++;
        lastFailure = Optional.of(why);
    }

    boolean drained() {
        return failedFolders == 0 && outstanding == 0;
    }

    MirrorScanReport report() {
        return new MirrorScanReport(folders, found, discovered, failedFolders, lastFailure);
    }
}
