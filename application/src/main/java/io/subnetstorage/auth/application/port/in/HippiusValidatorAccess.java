package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** {@code /get-hippius-validator-access}: a presigned listing of every miner's folder on Hippius, wherever its bucket is. */
public record HippiusValidatorAccess(URI endpoint, List<MinerBucket> buckets, Instant expiresAt) {

    /** One miner's folder: its bucket, prefix and a presigned listing. */
    public record MinerBucket(Hotkey miner, String bucket, String prefix, URI listUrl) {
    }
}
