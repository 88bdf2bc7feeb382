package io.subnetstorage.auth.application.port.out;

import java.time.Instant;
import java.util.OptionalInt;

/** How many neurons accepted snapshots had, so a snapshot can be compared with the membership a day earlier. */
public interface SnapshotSizes {

    void recordAccepted(int netuid, int neurons, Instant at);

    /** The size of the accepted snapshot nearest before {@code at}, if one was kept. */
    OptionalInt sizeAt(int netuid, Instant at);
}
