package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.identity.Commitment;
import java.util.List;
import java.util.Objects;

/** A miner's signed request to register attributions of files it uploaded ({@code /register-attributions}). */
public record RegisterAttributionsCommand(SignedEnvelope envelope, List<PresentedAttribution> attributions) {

    public static final int MAX_ATTRIBUTIONS = 1000;

    public RegisterAttributionsCommand {
        Objects.requireNonNull(envelope, "envelope");
        attributions = List.copyOf(attributions);
        if (attributions.size() > MAX_ATTRIBUTIONS) {
            throw new IllegalArgumentException("at most " + MAX_ATTRIBUTIONS + " attributions per request");
        }
    }

    /** {@code s3:attribution:register:{hotkey}:{timestamp}}. */
    public Commitment commitment() {
        return Commitment.attributionRegister(envelope.signer(), envelope.timestamp());
    }
}
