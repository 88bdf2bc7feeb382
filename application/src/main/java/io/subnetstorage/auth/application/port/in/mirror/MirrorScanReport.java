package io.subnetstorage.auth.application.port.in.mirror;

import java.util.Objects;
import java.util.Optional;

/**
 * One scan: miner folders listed, objects found on the sources, how many became work for a target, and the
 * folders that could not be listed (with the last reason; they are listed again at the next scan).
 */
public record MirrorScanReport(int folders, long objectsFound, long discovered, int failedFolders, Optional<String> lastFailure) {

    public static final MirrorScanReport EMPTY = new MirrorScanReport(0, 0, 0, 0, Optional.empty());

    public MirrorScanReport {
        Objects.requireNonNull(lastFailure, "lastFailure");
    }

    public MirrorScanReport plus(MirrorScanReport other) {
        return new MirrorScanReport(folders + other.folders, objectsFound + other.objectsFound, discovered + other.discovered,
                failedFolders + other.failedFolders, other.lastFailure.or(() -> lastFailure));
    }
}
