package io.subnetstorage.auth.application.port.in.operator;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.Signature;
import java.util.Objects;

/** A signature over {@code s3:operator:{action}:{target}:{timestamp}} by the hotkey claiming to be the owner. */
public record OwnerProof(Hotkey signer, long timestamp, Signature signature) {

    public OwnerProof {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signature, "signature");
    }
}
