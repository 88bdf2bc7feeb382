package io.subnetstorage.auth.application.port.out.attribution;

import io.subnetstorage.auth.domain.identity.Signature;
import java.util.List;

/**
 * The service's attribution key ({@code ATTRIBUTION_KEY}): signs receipts, and names the older keys
 * ({@code ATTRIBUTION_KEY_PREVIOUS}) whose receipts must stay verifiable after a rotation.
 */
public interface ReceiptSigner {

    ServiceKey current();

    /** SS58 addresses of earlier keys, newest first. */
    List<String> previous();

    /** An sr25519 signature by {@link #current()} over {@code message}. */
    Signature sign(byte[] message);
}
