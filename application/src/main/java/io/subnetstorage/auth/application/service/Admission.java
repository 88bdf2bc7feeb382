package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import java.time.Instant;

/** A request that passed every check: the instant it was admitted and the metagraph that admitted it. */
record Admission(Instant now, MetagraphSnapshot metagraph) {
}
