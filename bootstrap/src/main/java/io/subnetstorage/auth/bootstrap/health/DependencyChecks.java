package io.subnetstorage.auth.bootstrap.health;

import java.util.Map;
import java.util.Optional;

/** The latest answer of every dependency check at once: each configured store by name, Redis when configured, the database. */
public record DependencyChecks(Map<String, Probed<ProbeOutcome>> stores, Optional<Probed<ProbeOutcome>> redis,
        Probed<ProbeOutcome> database) {
}
