package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpStatus;
import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.domain.policy.ReasonCode;

/**
 * The contract's status and exact text for each refusal reason. Deployed clients match on these
 * strings, so they are byte-exact; an unregistered miner is told {@code Invalid signature}, as deployed.
 */
final class Refusals {

    static final String MINER_ENDPOINT = "/get-folder-access";

    private Refusals() {
    }

    static HttpStatus status(ReasonCode reason) {
        return switch (reason) {
            case TIMESTAMP_OUTSIDE_WINDOW, REPLAYED, MINER_HOTKEY_MISSING, NO_VALID_FILES, KEY_OUTSIDE_FOLDER -> HttpStatus.BAD_REQUEST;
            case SIGNATURE_INVALID, HOTKEY_NOT_REGISTERED, COLDKEY_NOT_OWNER, NO_VALIDATOR_PERMIT, STAKE_AT_OR_BELOW_THRESHOLD ->
                    HttpStatus.UNAUTHORIZED;
            case HOTKEY_REVOKED -> HttpStatus.FORBIDDEN;
            case DAILY_QUOTA_EXCEEDED, GLOBAL_QUOTA_EXCEEDED -> HttpStatus.TOO_MANY_REQUESTS;
            case METAGRAPH_UNAVAILABLE, RATE_LIMITER_UNAVAILABLE, GRANT_LEDGER_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case STORE_TIMEOUT -> HttpStatus.GATEWAY_TIMEOUT;
        };
    }

    static String detail(AccessRefused refused, String path) {
        return switch (refused.reason()) {
            case TIMESTAMP_OUTSIDE_WINDOW -> "Invalid timestamp";
            case SIGNATURE_INVALID, COLDKEY_NOT_OWNER -> "Invalid signature";
            case HOTKEY_NOT_REGISTERED -> MINER_ENDPOINT.equals(path) ? "Invalid signature" : "You are not validator";
            case NO_VALIDATOR_PERMIT, STAKE_AT_OR_BELOW_THRESHOLD -> "You are not validator";
            case HOTKEY_REVOKED -> "Hotkey revoked";
            case REPLAYED -> "Replay detected";
            case DAILY_QUOTA_EXCEEDED -> "Daily limit of " + refused.limit().orElse(0) + " exceeded.";
            case GLOBAL_QUOTA_EXCEEDED -> "Global request limit reached.";
            case MINER_HOTKEY_MISSING -> "miner_hotkey is required";
            case NO_VALID_FILES, KEY_OUTSIDE_FOLDER -> "No valid files for specified miner";
            case METAGRAPH_UNAVAILABLE -> "Metagraph unavailable";
            case RATE_LIMITER_UNAVAILABLE -> "Rate limiter unavailable";
            case GRANT_LEDGER_UNAVAILABLE -> "Grant ledger unavailable";
            case STORE_TIMEOUT -> "S3 operation timeout - try again";
        };
    }
}
