package io.subnetstorage.auth.application.port.in.operator;

/**
 * Refuse a hotkey's next requests (403 {@code Hotkey revoked}). URLs already handed out stay valid
 * until they expire: a store cannot revoke a presigned URL.
 */
public interface RevokeHotkeyUseCase {

    void revoke(RevokeHotkeyCommand command);
}
