package io.subnetstorage.auth.application.port.out.attribution;

import io.subnetstorage.auth.domain.attribution.AttributionReceipt;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import java.util.Objects;

/**
 * A registered attribution: the claim, its receipt, the store the receipt was made on (where its ETag is
 * judged), and whether the claim was bound at upload (the PUT signed it into the object's metadata).
 */
public record RegisteredAttribution(SignedAttribution claim, AttributionReceipt receipt, String store, boolean boundAtUpload) {

    public RegisteredAttribution {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(store, "store");
    }
}
