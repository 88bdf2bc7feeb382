package io.subnetstorage.auth.application.port.in;

import java.util.Objects;

/** An attribution as presented for registration, {@code {message, signature}}, not yet parsed. */
public record PresentedAttribution(String message, String signature) {

    public PresentedAttribution {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(signature, "signature");
    }
}
