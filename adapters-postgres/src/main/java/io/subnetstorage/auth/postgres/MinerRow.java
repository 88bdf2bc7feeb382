package io.subnetstorage.auth.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code miners}: a hotkey as the metagraph last showed it; kept after it leaves the subnet. */
@MappedEntity("miners")
record MinerRow(
        @Id String hotkey,
        String coldkey,
        int uid,
        String status,
        Instant firstSeen,
        Instant lastSeen,
        @Nullable Instant deregisteredAt,
        @Nullable String deregisteredReason) {
}
