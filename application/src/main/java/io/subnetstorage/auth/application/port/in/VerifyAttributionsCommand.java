package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A validator asks whether a miner's files are attributed ({@code /verify-attribution}), optionally on a named store. */
public record VerifyAttributionsCommand(SignedEnvelope envelope, Hotkey miner, List<String> fileKeys, Optional<String> store) {

    public static final int MAX_FILES = 1000;

    public VerifyAttributionsCommand {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(miner, "miner");
        Objects.requireNonNull(store, "store");
        fileKeys = List.copyOf(fileKeys);
        if (fileKeys.size() > MAX_FILES) {
            throw new IllegalArgumentException("at most " + MAX_FILES + " file keys per request");
        }
    }

    /** {@code s3:validator:verify:{miner_hotkey}:{timestamp}}. */
    public Commitment commitment() {
        return Commitment.validatorVerify(miner, envelope.timestamp());
    }
}
