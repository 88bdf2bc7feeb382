package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.attribution.AttributionReceipt;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.util.List;
import java.util.Optional;

/** What a registration accepted, each with its receipt, and what it refused, each with its reason. */
public record AttributionRegistration(List<Accepted> accepted, List<Rejected> rejected) {

    public AttributionRegistration {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }

    public record Accepted(String filePath, AttributionReceipt receipt) {
    }

    /** {@code filePath} is empty when the message was too garbled to name one. */
    public record Rejected(Optional<String> filePath, ReasonCode reason) {
    }
}
