package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** {@code /get-miner-list}: the presigned URL of one page. */
@Serdeable(naming = SnakeCaseStrategy.class)
record MinerListResponse(String listUrl, String minerHotkey) {
}
