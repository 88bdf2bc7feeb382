package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.grant.AccessGrant;

/**
 * The durable record of what was handed out. {@link #record} returns only once the grant is stored,
 * so a grant the client receives always has its row; it throws {@link DependencyUnavailable} otherwise.
 */
public interface GrantLedger {

    void record(AccessGrant grant, RequestOrigin origin);

    /** Every grant of one answer (a {@code files} request may hand out a thousand), all recorded or none. */
    default void recordAll(java.util.List<AccessGrant> grants, RequestOrigin origin) {
        grants.forEach(grant -> record(grant, origin));
    }
}
