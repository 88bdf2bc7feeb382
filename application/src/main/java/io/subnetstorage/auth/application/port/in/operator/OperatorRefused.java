package io.subnetstorage.auth.application.port.in.operator;

import java.util.Objects;

/** An operator request refused before it did anything, with the reason. */
public final class OperatorRefused extends RuntimeException {

    private final OperatorRefusal reason;

    public OperatorRefused(OperatorRefusal reason) {
        super(Objects.requireNonNull(reason, "reason").name(), null, false, false);
        this.reason = reason;
    }

    public OperatorRefusal reason() {
        return reason;
    }
}
