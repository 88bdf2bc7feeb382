package io.subnetstorage.auth.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code revocation_history}: one revoke or reinstate, with who did it and (for a revoke) why. */
@MappedEntity("revocation_history")
record RevocationHistoryRow(
        @Id @GeneratedValue Long id, String hotkey, String action, @Nullable String reason, String actor, Instant at) {

    static RevocationHistoryRow of(String hotkey, String action, String reason, String actor, Instant at) {
        return new RevocationHistoryRow(null, hotkey, action, reason, actor, at);
    }
}
