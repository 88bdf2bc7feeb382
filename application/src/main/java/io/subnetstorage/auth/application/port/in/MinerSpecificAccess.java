package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.net.URI;
import java.time.Instant;

/** A presigned listing of one miner's folder. */
public record MinerSpecificAccess(String bucket, String region, Hotkey miner, URI minerUrl, FolderPrefix prefix, Instant expiresAt) {
}
