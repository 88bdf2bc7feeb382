package io.subnetstorage.auth.application.port.in.operator;

import java.util.Objects;
import java.util.Optional;

/**
 * What a caller of an operator endpoint presented, and what it asks to do. The action and target are
 * part of the owner's signed text, so a signature for one action on one hotkey authorises nothing else.
 */
public record AuthenticateOperatorCommand(Optional<String> bearerToken, Optional<OwnerProof> ownerProof, String action, String target) {

    public AuthenticateOperatorCommand {
        Objects.requireNonNull(bearerToken, "bearerToken");
        Objects.requireNonNull(ownerProof, "ownerProof");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        if (action.isBlank()) {
            throw new IllegalArgumentException("an operator request names its action");
        }
    }
}
