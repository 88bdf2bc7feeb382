package io.subnetstorage.auth.application.port.in.operator;

/** Why an operator request was not admitted; the web adapter maps each to a status and text. */
public enum OperatorRefusal {
    /** Neither an admin token nor an owner hotkey is configured: the endpoints do not exist. */
    NOT_CONFIGURED,
    CREDENTIALS_MISSING,
    TOKEN_INVALID,
    NOT_OWNER,
    SIGNATURE_INVALID,
    TIMESTAMP_OUTSIDE_WINDOW,
    REPLAYED,
    REPLAY_GUARD_UNAVAILABLE
}
