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
    JOB_ID_INVALID,
    FILENAME_INVALID,
    FILE_SIZE_OUT_OF_RANGE,
    /** A store that takes uploads only by PUT was asked for a folder form (no {@code files}). */
    PUT_UPLOADS_NEED_FILES,
    STORE_CANNOT_SERVE_READS,
    /** Per-miner buckets have no single listing of every miner. */
    GLOBAL_LISTING_UNAVAILABLE,
    FILE_EXISTS,
    /** The upload store could not be asked (down, or refusing) where the answer decides the grant. */
    STORE_UNAVAILABLE,
    KEY_OUTSIDE_FOLDER,
    NO_VALID_FILES,
    METAGRAPH_UNAVAILABLE,
    RATE_LIMITER_UNAVAILABLE,
    GRANT_LEDGER_UNAVAILABLE,
    STORE_TIMEOUT,
    /** An upload request of a miner that deregistered (or was cleaned up). */
    MINER_DEREGISTERED,
    MINER_ALREADY_REGISTERED,
    MINER_NOT_FOUND,
    /** Neither the miner nor the subnet owner signed a deregistration. */
    NOT_MINER_OR_OWNER,
    /** A per-miner bucket exists but belongs to another account: never used. */
    BUCKET_UNAVAILABLE,
    /** The store's own rules refuse this object's key or metadata (Hippius: characters, value sizes). */
    STORE_REFUSED_OBJECT,
    /** MINER_STORAGE_CAP_BYTES: the miner already stores that much. */
    STORAGE_CAP_REACHED,
    SNAPSHOT_EMPTY,
    SNAPSHOT_OTHER_NETUID,
    SNAPSHOT_SHRANK,
    /** {@code ATTRIBUTION_REQUIRED=true} and a per-object upload came without one. */
    ATTRIBUTION_REQUIRED,
    // The refusals of an attribution (SPEC §9), in the order its checks run; AttributionReason names them on the wire.
    ATTRIBUTION_MALFORMED,
    ATTRIBUTION_OUTSIDE_FOLDER,
    ATTRIBUTION_SIGNATURE_INVALID,
    ATTRIBUTION_STALE,
    ATTRIBUTION_NOT_REGISTERED,
    ATTRIBUTION_OBJECT_MISSING,
    ATTRIBUTION_SIZE_MISMATCH,
    ATTRIBUTION_NONCE_REUSED
}
