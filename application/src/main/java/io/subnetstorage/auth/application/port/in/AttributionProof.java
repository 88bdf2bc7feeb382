package io.subnetstorage.auth.application.port.in;

import java.util.Objects;

/**
 * The {@code attribution} of an upload request, {@code {timestamp, nonce, signature}} as sent: the rest of
 * the message (hotkey, key, hash, size) comes from the request itself. Kept as text so that a bad nonce or
 * signature is the contract's {@code Attribution refused: malformed}, not a 422.
 */
public record AttributionProof(long timestamp, String nonce, String signature) {

    public AttributionProof {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(signature, "signature");
    }
}
