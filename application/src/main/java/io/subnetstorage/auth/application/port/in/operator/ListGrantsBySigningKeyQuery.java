package io.subnetstorage.auth.application.port.in.operator;

import java.util.Objects;

/** The live grants one store access key signed: what dies when that key is rotated. */
public record ListGrantsBySigningKeyQuery(String signingKeyId, int limit) {

    public ListGrantsBySigningKeyQuery {
        Objects.requireNonNull(signingKeyId, "signingKeyId");
        if (signingKeyId.isBlank() || signingKeyId.length() > 128) {
            throw new IllegalArgumentException("a signing key id has 1 to 128 characters");
        }
        if (limit < 1 || limit > ReviewHotkeyQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit is from 1 to " + ReviewHotkeyQuery.MAX_LIMIT);
        }
    }
}
