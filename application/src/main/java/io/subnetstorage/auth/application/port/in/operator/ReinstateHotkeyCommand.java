package io.subnetstorage.auth.application.port.in.operator;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.Objects;

/** Lift a hotkey's revocation. */
public record ReinstateHotkeyCommand(Hotkey hotkey, Operator by) {

    public ReinstateHotkeyCommand {
        Objects.requireNonNull(hotkey, "hotkey");
        Objects.requireNonNull(by, "by");
    }
}
