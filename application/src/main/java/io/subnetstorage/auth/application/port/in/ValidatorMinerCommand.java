package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A validator's signed request about one miner, optionally naming the store to read ({@code store}). The miner is optional on the wire; its absence is
 * refused with the contract's own text, so the command carries it as optional. A continuation token is
 * checked here, before any signature work: Hippius's tokens reach 4096 characters, longer is junk.
 */
public record ValidatorMinerCommand(SignedEnvelope envelope, Optional<Hotkey> miner, Optional<String> continuationToken,
        Optional<String> store) {

    public static final int MAX_CONTINUATION_TOKEN = 4096;

    public ValidatorMinerCommand {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(miner, "miner");
        Objects.requireNonNull(continuationToken, "continuationToken");
        Objects.requireNonNull(store, "store");
        if (continuationToken.isPresent() && continuationToken.get().length() > MAX_CONTINUATION_TOKEN) {
            throw new AccessRefused(ReasonCode.CONTINUATION_TOKEN_INVALID, Role.VALIDATOR);
        }
    }

    public ValidatorMinerCommand(SignedEnvelope envelope, Optional<Hotkey> miner) {
        this(envelope, miner, Optional.empty(), Optional.empty());
    }

    public ValidatorMinerCommand(SignedEnvelope envelope, Optional<Hotkey> miner, Optional<String> continuationToken) {
        this(envelope, miner, continuationToken, Optional.empty());
    }

    /** {@code s3:validator:miner:{miner_hotkey}:{timestamp}}; only meaningful once the miner is known. */
    public Commitment commitment(Hotkey knownMiner) {
        return Commitment.validatorMiner(knownMiner, envelope.timestamp());
    }
}
