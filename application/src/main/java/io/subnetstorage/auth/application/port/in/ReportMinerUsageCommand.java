package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.identity.Commitment;
import java.util.Objects;

/** A miner asks what it used today ({@code POST /my-usage}), signing {@code s3:miner:usage:{hotkey}:{timestamp}}. */
public record ReportMinerUsageCommand(SignedEnvelope envelope) {

    public ReportMinerUsageCommand {
        Objects.requireNonNull(envelope, "envelope");
    }

    public Commitment commitment() {
        return Commitment.minerUsage(envelope.signer(), envelope.timestamp());
    }
}
