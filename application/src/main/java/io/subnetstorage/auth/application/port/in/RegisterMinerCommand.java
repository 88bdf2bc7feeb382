package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Commitment;
import java.util.Objects;

/** A miner registers with the service ({@code POST /register-miner}), signing {@code s3:miner:register:{coldkey}:{hotkey}:{timestamp}}. */
public record RegisterMinerCommand(Coldkey coldkey, SignedEnvelope envelope) {

    public RegisterMinerCommand {
        Objects.requireNonNull(coldkey, "coldkey");
        Objects.requireNonNull(envelope, "envelope");
    }

    public Commitment commitment() {
        return Commitment.minerRegister(coldkey, envelope.signer(), envelope.timestamp());
    }
}
