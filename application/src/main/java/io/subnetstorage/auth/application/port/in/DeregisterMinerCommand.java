package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.Objects;
import java.util.Optional;

/**
 * A deregistration ({@code POST /deregister-miner}): signed {@code s3:miner:deregister:{miner_hotkey}:{timestamp}}
 * by the miner itself or by the subnet owner; {@code reason} is free text for the record.
 */
public record DeregisterMinerCommand(SignedEnvelope envelope, Hotkey miner, Optional<String> reason) {

    public static final int MAX_REASON = 500;

    public DeregisterMinerCommand {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(miner, "miner");
        reason = reason.map(text -> text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text);
    }

    public Commitment commitment() {
        return Commitment.minerDeregister(miner, envelope.timestamp());
    }
}
