package io.subnetstorage.auth.application.port.in.operator;

/** Lift a revocation. */
public interface ReinstateHotkeyUseCase {

    /** False when the hotkey was not revoked. */
    boolean reinstate(ReinstateHotkeyCommand command);
}
