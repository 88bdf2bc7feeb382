package io.subnetstorage.auth.bittensor.metagraph;

/** The node could not be asked or did not answer sensibly: unreachable, timed out, or not JSON-RPC. */
class SubtensorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SubtensorException(String message) {
        super(message);
    }

    SubtensorException(String message, Throwable cause) {
        super(message, cause);
    }
}
