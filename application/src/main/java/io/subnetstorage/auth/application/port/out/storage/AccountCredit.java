package io.subnetstorage.auth.application.port.out.storage;

/**
 * A store that bills an account (Hippius) and refuses writes when it runs out (402): what its own calls
 * last learned, so health and metrics can say so without a store call per request.
 */
public interface AccountCredit {

    enum State {
        OK,
        /** The store answered 402: writes fail until the account is topped up. */
        EXHAUSTED,
        /** Nothing learned yet. */
        UNKNOWN
    }

    State state();
}
