package io.subnetstorage.auth.application.port.out.attribution;

import io.subnetstorage.auth.domain.attribution.AttributionReceipt;
import io.subnetstorage.auth.domain.attribution.NonceUse;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.replay.Nonce;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Every attribution the service accepted, kept for good: its nonce is spent permanently (SPEC §9), and a
 * validator's {@code /verify-attribution} reads the receipt back. Writes are atomic per nonce: of two claims
 * of one nonce, whatever instance they reach, one wins. Throws {@code DependencyUnavailable} when down.
 */
public interface AttributionRecords {

    Optional<NonceUse> nonceUse(Hotkey hotkey, Nonce nonce);

    /** Records a claim bound to an upload grant on {@code store}; false (nothing written) when its nonce was used. */
    boolean bindAtUpload(SignedAttribution claim, String store, Instant at);

    /**
     * Records a registration and its receipt, made on {@code store}: when the nonce is unused, or used by this
     * same claim and not yet settled. False (nothing written) otherwise. Not settled until {@link #sidecarWritten}.
     */
    boolean register(SignedAttribution claim, AttributionReceipt receipt, String store, Instant at);

    /** The receipt is in the store beside the data: the nonce is spent. */
    void sidecarWritten(Hotkey hotkey, Nonce nonce);

    /** The newest registered attribution of each of {@code files} that has one. */
    Map<ObjectKey, RegisteredAttribution> latestRegistered(Hotkey miner, Collection<ObjectKey> files);
}
