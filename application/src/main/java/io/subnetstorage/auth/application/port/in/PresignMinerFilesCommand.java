package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validator asks for download URLs of a miner's files. {@code expiryHours} sets both the request's
 * freshness ({@code timestamp + hours * 3600}) and the URLs' lifetime.
 */
public record PresignMinerFilesCommand(SignedEnvelope envelope, Hotkey miner, List<String> fileKeys, int expiryHours,
        Optional<String> store) {

    public static final int MAX_FILES = 1000;

    public PresignMinerFilesCommand {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(miner, "miner");
        Objects.requireNonNull(store, "store");
        fileKeys = List.copyOf(fileKeys);
        if (fileKeys.size() > MAX_FILES) {
            throw new IllegalArgumentException("at most " + MAX_FILES + " file keys per request");
        }
        if (expiryHours < 1 || expiryHours > 168) {
            throw new IllegalArgumentException("expiry_hours is 1 to 168");
        }
    }

    public PresignMinerFilesCommand(SignedEnvelope envelope, Hotkey miner, List<String> fileKeys, int expiryHours) {
        this(envelope, miner, fileKeys, expiryHours, Optional.empty());
    }

    public Commitment commitment() {
        return Commitment.validatorFiles(miner, envelope.signer(), envelope.timestamp());
    }
}
