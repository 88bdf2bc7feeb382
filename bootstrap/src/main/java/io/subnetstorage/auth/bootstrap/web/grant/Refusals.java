package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpStatus;
import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.domain.attribution.AttributionReason;
import io.subnetstorage.auth.domain.grant.Role;

/**
 * The contract's status and exact text for each refusal reason. Deployed clients match on these
 * strings, so they are byte-exact. An unregistered hotkey is told {@code Invalid signature} when it asked
 * as a miner and {@code You are not validator} when it asked as one, as deployed: the role decides, never
 * the raw path (which may carry a trailing slash).
 */
final class Refusals {

    private Refusals() {
    }

    static HttpStatus status(AccessRefused refused) {
        return switch (refused.reason()) {
            case TIMESTAMP_OUTSIDE_WINDOW, REPLAYED, PAGE_LIMIT_REACHED, MINER_HOTKEY_MISSING, CONTINUATION_TOKEN_INVALID,
                    NO_VALID_FILES, KEY_OUTSIDE_FOLDER, JOB_ID_INVALID, FILENAME_INVALID, FILE_SIZE_OUT_OF_RANGE, PUT_UPLOADS_NEED_FILES,
                    STORE_CANNOT_SERVE_READS, STORE_REFUSED_OBJECT, ATTRIBUTION_REQUIRED, ATTRIBUTION_MALFORMED,
                    ATTRIBUTION_OUTSIDE_FOLDER, ATTRIBUTION_SIGNATURE_INVALID, ATTRIBUTION_STALE, ATTRIBUTION_NOT_REGISTERED,
                    ATTRIBUTION_OBJECT_MISSING, ATTRIBUTION_SIZE_MISMATCH, ATTRIBUTION_NONCE_REUSED -> HttpStatus.BAD_REQUEST;
            case GLOBAL_LISTING_UNAVAILABLE, FILE_EXISTS, MINER_ALREADY_REGISTERED -> HttpStatus.CONFLICT;
            case MINER_NOT_FOUND -> HttpStatus.NOT_FOUND;
            case MINER_DEREGISTERED, NOT_MINER_OR_OWNER, STORAGE_CAP_REACHED -> HttpStatus.FORBIDDEN;
            case SIGNATURE_INVALID, HOTKEY_NOT_REGISTERED, COLDKEY_NOT_OWNER, NO_VALIDATOR_PERMIT, STAKE_AT_OR_BELOW_THRESHOLD ->
                    HttpStatus.UNAUTHORIZED;
            case HOTKEY_REVOKED -> HttpStatus.FORBIDDEN;
            case DAILY_QUOTA_EXCEEDED, GLOBAL_QUOTA_EXCEEDED -> HttpStatus.TOO_MANY_REQUESTS;
            case METAGRAPH_UNAVAILABLE, RATE_LIMITER_UNAVAILABLE, GRANT_LEDGER_UNAVAILABLE, STORE_UNAVAILABLE, BUCKET_UNAVAILABLE ->
                    HttpStatus.SERVICE_UNAVAILABLE;
            // Snapshot verdicts decide whether registrations follow the metagraph; no request is refused for them.
            case SNAPSHOT_EMPTY, SNAPSHOT_OTHER_NETUID, SNAPSHOT_SHRANK -> HttpStatus.SERVICE_UNAVAILABLE;
            case STORE_TIMEOUT -> HttpStatus.GATEWAY_TIMEOUT;
        };
    }

    static String detail(AccessRefused refused) {
        return switch (refused.reason()) {
            case TIMESTAMP_OUTSIDE_WINDOW -> "Invalid timestamp";
            case SIGNATURE_INVALID, COLDKEY_NOT_OWNER -> "Invalid signature";
            case HOTKEY_NOT_REGISTERED -> refused.role() == Role.MINER ? "Invalid signature" : "You are not validator";
            case NO_VALIDATOR_PERMIT, STAKE_AT_OR_BELOW_THRESHOLD -> "You are not validator";
            case HOTKEY_REVOKED -> "Hotkey revoked";
            case REPLAYED -> "Replay detected";
            case PAGE_LIMIT_REACHED -> "Page limit reached: sign a new request";
            case DAILY_QUOTA_EXCEEDED -> "Daily limit of " + refused.limit().orElse(0) + " exceeded.";
            case GLOBAL_QUOTA_EXCEEDED -> "Global request limit reached.";
            case MINER_HOTKEY_MISSING -> "miner_hotkey is required";
            case CONTINUATION_TOKEN_INVALID -> "Invalid continuation token";
            case NO_VALID_FILES, KEY_OUTSIDE_FOLDER -> "No valid files for specified miner";
            case JOB_ID_INVALID -> "Invalid job_id";
            case FILENAME_INVALID -> "Invalid filename";
            case FILE_SIZE_OUT_OF_RANGE -> "File size out of range";
            case PUT_UPLOADS_NEED_FILES -> "This storage backend takes uploads by presigned PUT: list the files in \"files\" or use "
                    + "/get-file-upload-url";
            case STORE_CANNOT_SERVE_READS -> "Store cannot serve reads";
            case GLOBAL_LISTING_UNAVAILABLE -> "Global listing is not available with per-miner buckets: use /get-hippius-validator-access";
            case FILE_EXISTS -> "File already exists";
            case STORE_UNAVAILABLE -> "Storage unavailable";
            case METAGRAPH_UNAVAILABLE -> "Metagraph unavailable";
            case RATE_LIMITER_UNAVAILABLE -> "Rate limiter unavailable";
            case GRANT_LEDGER_UNAVAILABLE -> "Grant ledger unavailable";
            case STORE_TIMEOUT -> "S3 operation timeout - try again";
            case MINER_DEREGISTERED -> "Miner deregistered";
            case MINER_ALREADY_REGISTERED -> "Miner already registered";
            case MINER_NOT_FOUND -> "Miner not found";
            case NOT_MINER_OR_OWNER -> "Unauthorized";
            case BUCKET_UNAVAILABLE -> "Miner bucket unavailable";
            case STORE_REFUSED_OBJECT -> "Storage backend refuses this object's name or metadata";
            case STORAGE_CAP_REACHED -> "Storage cap reached";
            case SNAPSHOT_EMPTY, SNAPSHOT_OTHER_NETUID, SNAPSHOT_SHRANK -> "Metagraph unavailable";
            case ATTRIBUTION_REQUIRED -> "Attribution required";
            case ATTRIBUTION_MALFORMED, ATTRIBUTION_OUTSIDE_FOLDER, ATTRIBUTION_SIGNATURE_INVALID, ATTRIBUTION_STALE, ATTRIBUTION_NOT_REGISTERED,
                    ATTRIBUTION_OBJECT_MISSING, ATTRIBUTION_SIZE_MISMATCH, ATTRIBUTION_NONCE_REUSED ->
                    "Attribution refused: " + AttributionReason.label(refused.reason());
        };
    }
}
