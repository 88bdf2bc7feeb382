package io.subnetstorage.auth.application.port.in.operator;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.Objects;

/** Revoke a hotkey: why, and who decided. The reason is kept in the revocation history for good. */
public record RevokeHotkeyCommand(Hotkey hotkey, String reason, Operator by) {

    public static final int MAX_REASON_LENGTH = 500;

    public RevokeHotkeyCommand {
        Objects.requireNonNull(hotkey, "hotkey");
        Objects.requireNonNull(by, "by");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a revocation gives its reason");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("a revocation reason has at most " + MAX_REASON_LENGTH + " characters");
        }
        reason = reason.strip();
    }
}
