package io.subnetstorage.auth.client;

/**
 * How requests to the service are signed: the deployed wire's body fields ({@code hotkey}, {@code timestamp},
 * {@code signature} over the endpoint's commitment), or Subnet 13's X-Tao v2 headers over the raw body.
 */
public enum RequestSigning {
    BODY,
    TAO_HEADERS
}
