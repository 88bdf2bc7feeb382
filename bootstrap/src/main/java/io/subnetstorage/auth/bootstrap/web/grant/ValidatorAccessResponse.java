package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.Map;

/** {@code /get-validator-access}: listings of all data and of the miner folders under {@code urls}. */
@Serdeable(naming = SnakeCaseStrategy.class)
record ValidatorAccessResponse(
        String bucket, String region, String validatorHotkey, String expiry, long expirySeconds,
        Map<String, Map<String, String>> urls, StructureInfo structureInfo) {
}
