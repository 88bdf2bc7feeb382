package io.subnetstorage.auth.domain.attribution;

import io.subnetstorage.auth.domain.identity.Signature;
import java.util.Objects;

/**
 * What an attribution nonce was already used for: the claim that used it, and whether that claim's
 * registration is complete (its receipt issued and its sidecar written), after which the nonce is spent.
 */
public record NonceUse(String message, Signature signature, boolean settled) {

    public NonceUse {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(signature, "signature");
    }
}
