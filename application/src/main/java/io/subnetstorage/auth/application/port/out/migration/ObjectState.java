package io.subnetstorage.auth.application.port.out.migration;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where one object of a migration stands. {@code in_flight}: a batch was about to write it when the ledger last
 * committed, so after a crash an identical object at the destination is this migration's own copy, not a skip.
 * {@code would_copy}: a dry run's answer. {@code rolled_back}: the copy was deleted from the destination again.
 */
public enum ObjectState {
    PENDING,
    IN_FLIGHT,
    VERIFIED,
    SKIPPED,
    FAILED,
    WOULD_COPY,
    ROLLED_BACK;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ObjectState ofLabel(String label) {
        return Arrays.stream(values()).filter(state -> state.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no object state " + label));
    }

    /** Still to be done by a run. */
    public boolean open() {
        return this == PENDING || this == IN_FLIGHT;
    }
}
