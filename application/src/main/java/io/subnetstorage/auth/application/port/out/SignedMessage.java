package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import java.util.Objects;

/** One signature to check: who claims to have signed which bytes. */
public record SignedMessage(Ss58Address signer, byte[] message, Signature signature) {

    public SignedMessage {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(signature, "signature");
    }
}
