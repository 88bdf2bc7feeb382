package io.subnetstorage.auth.postgres;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code revocations}: a hotkey revoked right now. */
@MappedEntity("revocations")
record RevocationRow(@Id String hotkey, String reason, String revokedBy, Instant revokedAt) {
}
