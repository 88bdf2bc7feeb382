package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/** Presigned listings of every miner's data ({@code list_all_data}) and of the miner folders ({@code list_all_miners}). */
public record ValidatorAccess(
        String bucket, String region, Hotkey validator, Instant expiresAt, Duration validity, URI listAllData, URI listAllMiners) {
}
