package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.attribution.AttributionRecords;
import io.subnetstorage.auth.application.port.out.attribution.ReceiptSigner;
import io.subnetstorage.auth.application.port.out.attribution.ServiceKey;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.domain.attribution.AttributionReceipt;
import io.subnetstorage.auth.domain.attribution.AttributionSidecar;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Issues a receipt for a claim that passed every check: signs it with the service's key, records it (which
 * spends the nonce), then writes the sidecar to the store the object is on. A claim whose sidecar could not
 * be written is refused with the store's outage and stays unsettled, so the miner may present it again.
 */
final class Receipts {

    static final String JSON = "application/json";

    /** The decision, and the receipt when the claim was accepted. */
    record Issued(Decision decision, Optional<AttributionReceipt> receipt) {
    }

    private final ReceiptSigner signer;
    private final AttributionRecords records;

    Receipts(ReceiptSigner signer, AttributionRecords records) {
        this.signer = signer;
        this.records = records;
    }

    Issued issue(SignedAttribution claim, AttributedObjects.Located object, AttributionNonces nonces, Instant now) {
        long registeredAt = now.getEpochSecond();
        String etag = object.info().etag();
        ServiceKey key = signer.current();
        String text = AttributionReceipt.signedText(claim.message(), claim.signature(), etag, registeredAt);
        AttributionReceipt receipt = new AttributionReceipt(claim.message(), claim.signature(), etag, registeredAt, key.ss58(),
                signer.sign(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Decision recorded = nonces.recordRegistration(claim, receipt, object.route().storeName(), now);
        if (!recorded.allowed()) {
            return new Issued(recorded, Optional.empty());
        }
        byte[] json = AttributionSidecar.json(receipt);
        try {
            object.route().store().objectIo().orElseThrow().put(object.route().location().bucket(), AttributionSidecar.keyOf(claim.attribution()),
                    new ObjectContent(json.length, () -> new ByteArrayInputStream(json), JSON, Map.of()));
        } catch (DependencyUnavailable | StoreRefused unwritten) {
            return new Issued(Decision.deny(ReasonCode.STORE_UNAVAILABLE), Optional.empty());
        }
        try {
            records.sidecarWritten(claim.attribution().hotkey(), claim.attribution().nonce());
        } catch (DependencyUnavailable notMarked) {
            // The receipt is recorded and beside the data; left unsettled, the same claim may only be presented again.
        }
        return new Issued(Decision.allow(), Optional.of(receipt));
    }
}
