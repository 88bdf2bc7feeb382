package io.subnetstorage.auth.application.port.in;

import java.util.Objects;

/** A validator's signed request that names nobody else. */
public record ValidatorCommand(SignedEnvelope envelope) {

    public ValidatorCommand {
        Objects.requireNonNull(envelope, "envelope");
    }
}
