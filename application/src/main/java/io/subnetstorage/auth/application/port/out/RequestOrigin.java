package io.subnetstorage.auth.application.port.out;

import java.util.Objects;

/** Where a request came from, for the ledger and the audit trail. */
public record RequestOrigin(String requestId, String endpoint, String clientAddress) {

    public RequestOrigin {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}
