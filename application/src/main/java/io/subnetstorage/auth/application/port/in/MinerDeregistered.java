package io.subnetstorage.auth.application.port.in;

import java.time.Duration;
import java.time.Instant;

/** The answer to a deregistration: when the miner's registration (and, if so configured, its data) is cleaned up. */
public record MinerDeregistered(Duration retention, Instant cleanupAt) {
}
