package io.subnetstorage.auth.bittensor.metagraph;

/** The bytes are not the SCALE layout we expect: truncated, trailing, out of range or non-canonical. */
final class ScaleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ScaleException(String message) {
        super(message);
    }
}
