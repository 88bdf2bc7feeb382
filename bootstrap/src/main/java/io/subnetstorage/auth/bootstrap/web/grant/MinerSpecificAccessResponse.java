package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** {@code /get-miner-specific-access}: a listing of one miner's folder. */
@Serdeable(naming = SnakeCaseStrategy.class)
record MinerSpecificAccessResponse(String bucket, String region, String minerHotkey, String minerUrl, String prefix, String expiry) {
}
