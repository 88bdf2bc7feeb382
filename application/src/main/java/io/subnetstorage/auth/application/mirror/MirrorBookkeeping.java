package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.mirror.MirrorLedger;
import io.subnetstorage.auth.application.port.out.mirror.MirrorSources;
import java.time.Clock;
import java.util.Objects;

/**
 * The records every mirror job keeps and reads: per-object state, where objects come from, the clock, and the
 * signal that wakes idle copy workers when a scan recorded work.
 */
public record MirrorBookkeeping(MirrorLedger ledger, MirrorSources sources, Clock clock, NewWork newWork) {

    public MirrorBookkeeping {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(newWork, "newWork");
    }
}
