package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Commitment;
import java.util.List;
import java.util.Objects;

/**
 * A miner's signed request for its folder; the coldkey is part of what it signed. {@code files} lists the
 * objects it will upload, which a store without POST policies needs (an empty list is today's client).
 */
public record IssueMinerFolderGrantCommand(Coldkey coldkey, SignedEnvelope envelope, List<UploadFile> files) {

    public static final int MAX_FILES = 1000;

    public IssueMinerFolderGrantCommand {
        Objects.requireNonNull(coldkey, "coldkey");
        Objects.requireNonNull(envelope, "envelope");
        files = List.copyOf(files);
        if (files.size() > MAX_FILES) {
            throw new IllegalArgumentException("at most " + MAX_FILES + " files per request");
        }
    }

    public IssueMinerFolderGrantCommand(Coldkey coldkey, SignedEnvelope envelope) {
        this(coldkey, envelope, List.of());
    }

    public Commitment commitment() {
        return Commitment.minerFolderAccess(coldkey, envelope.signer(), envelope.timestamp());
    }
}
