package io.subnetstorage.auth.bootstrap.web.grant;

/**
 * The signed fields every request body shares. Without {@code X-Tao-*} headers {@code hotkey},
 * {@code timestamp} and {@code signature} are required; with them all are optional (SPEC §3).
 */
interface SignedRequest {

    String hotkey();

    Long timestamp();

    String signature();

    Long expiry();
}
