package io.subnetstorage.auth.application.port.out.migration;

import java.util.Arrays;
import java.util.Locale;

/** Where a migration stands (SPEC §11). A dry run ends {@code done}. */
public enum MigrationState {
    QUEUED,
    RUNNING,
    PAUSED,
    DONE,
    FAILED,
    ROLLING_BACK,
    ROLLED_BACK;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MigrationState ofLabel(String label) {
        return Arrays.stream(values()).filter(state -> state.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no migration state " + label));
    }

    /** A runner has work to do in this state: copying, or deleting what was copied. */
    public boolean runnable() {
        return this == QUEUED || this == RUNNING || this == ROLLING_BACK;
    }
}
