package io.subnetstorage.auth.application.port.in;

import java.util.Objects;
import java.util.Optional;

/** A validator's signed request that names nobody else; {@code store} names the store to read, if any. */
public record ValidatorCommand(SignedEnvelope envelope, Optional<String> store) {

    public ValidatorCommand {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(store, "store");
    }

    public ValidatorCommand(SignedEnvelope envelope) {
        this(envelope, Optional.empty());
    }
}
