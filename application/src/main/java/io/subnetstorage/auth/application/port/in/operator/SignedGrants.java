package io.subnetstorage.auth.application.port.in.operator;

import io.subnetstorage.auth.domain.grant.AccessGrant;
import java.util.List;

/** Outstanding grants of one signing key, soonest to expire first; {@code truncated} when the limit cut the list. */
public record SignedGrants(String signingKeyId, List<AccessGrant> grants, boolean truncated) {

    public SignedGrants {
        grants = List.copyOf(grants);
    }
}
