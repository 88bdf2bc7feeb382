package io.subnetstorage.auth.domain.policy;

/**
 * Why a request was refused. The code is what the audit trail stores; the HTTP layer maps it to the
 * contract's status and text. Codes are stable identifiers: rename one and old audit rows lose meaning.
 */
public enum ReasonCode {
    TIMESTAMP_OUTSIDE_WINDOW,
    SIGNATURE_INVALID,
    HOTKEY_NOT_REGISTERED,
    COLDKEY_NOT_OWNER,
    NO_VALIDATOR_PERMIT,
    STAKE_AT_OR_BELOW_THRESHOLD,
    HOTKEY_REVOKED,
    REPLAYED,
    PAGE_LIMIT_REACHED,
    DAILY_QUOTA_EXCEEDED,
    GLOBAL_QUOTA_EXCEEDED,
    MINER_HOTKEY_MISSING,
    CONTINUATION_TOKEN_INVALID,
    KEY_OUTSIDE_FOLDER,
    NO_VALID_FILES,
    METAGRAPH_UNAVAILABLE,
    RATE_LIMITER_UNAVAILABLE,
    GRANT_LEDGER_UNAVAILABLE,
    STORE_TIMEOUT
}
