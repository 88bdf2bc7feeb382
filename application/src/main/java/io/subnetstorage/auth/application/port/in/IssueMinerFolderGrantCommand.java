package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Commitment;
import java.util.Objects;

/** A miner's signed request for its folder; the coldkey is part of what it signed. */
public record IssueMinerFolderGrantCommand(Coldkey coldkey, SignedEnvelope envelope) {

    public IssueMinerFolderGrantCommand {
        Objects.requireNonNull(coldkey, "coldkey");
        Objects.requireNonNull(envelope, "envelope");
    }

    public Commitment commitment() {
        return Commitment.minerFolderAccess(coldkey, envelope.signer(), envelope.timestamp());
    }
}
