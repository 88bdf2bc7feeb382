package io.subnetstorage.auth.bootstrap.web.operator;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.subnetstorage.auth.application.port.in.operator.SignedGrants;
import java.util.List;

/** {@code GET /operator/grants?signing_key=...}: what rotating that key cuts off. */
@Serdeable(naming = SnakeCaseStrategy.class)
record SigningKeyGrantsResponse(String signingKey, List<GrantView> outstandingGrants, boolean truncated) {

    static SigningKeyGrantsResponse of(SignedGrants grants) {
        return new SigningKeyGrantsResponse(grants.signingKeyId(), GrantView.of(grants.grants()), grants.truncated());
    }
}
