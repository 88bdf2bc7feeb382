package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.identity.Hotkey;

/** Hotkeys an operator has revoked. Throws {@link DependencyUnavailable} when it cannot answer. */
public interface RevocationList {

    boolean isRevoked(Hotkey hotkey);
}
