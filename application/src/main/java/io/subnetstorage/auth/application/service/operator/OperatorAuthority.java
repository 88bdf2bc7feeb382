package io.subnetstorage.auth.application.service.operator;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.Objects;
import java.util.Optional;

/** Who may operate: the holder of the admin token, the subnet owner's hotkey, either, or nobody. */
public record OperatorAuthority(Optional<String> adminToken, Optional<Hotkey> owner) {

    public OperatorAuthority {
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(owner, "owner");
        adminToken = adminToken.filter(token -> !token.isBlank());
    }

    /** With neither configured the operator endpoints are closed, never open. */
    public boolean configured() {
        return adminToken.isPresent() || owner.isPresent();
    }
}
