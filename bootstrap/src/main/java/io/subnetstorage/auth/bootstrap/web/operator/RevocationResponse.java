package io.subnetstorage.auth.bootstrap.web.operator;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** A revocation as recorded; {@code outstanding_grants} is how many URLs it cannot stop before they expire. */
@Serdeable(naming = SnakeCaseStrategy.class)
record RevocationResponse(String hotkey, boolean revoked, String reason, String revokedBy, int outstandingGrants) {
}
