package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** {@code /get-hippius-validator-access}: one presigned listing per miner's folder, wherever its bucket is (SPEC §8). */
@Serdeable(naming = SnakeCaseStrategy.class)
record HippiusValidatorResponse(String accessMethod, String endpoint, List<AccessibleBucket> accessibleBuckets,
        List<String> permissions, String expiry, String usageNote) {

    @Serdeable(naming = SnakeCaseStrategy.class)
    record AccessibleBucket(String minerHotkey, String bucket, String prefix, String listUrl) {
    }
}
