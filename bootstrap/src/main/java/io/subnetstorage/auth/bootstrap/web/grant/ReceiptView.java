package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.subnetstorage.auth.domain.attribution.AttributionReceipt;

/** A receipt as SPEC §9 spells it, the same fields as its sidecar. */
@Serdeable(naming = SnakeCaseStrategy.class)
record ReceiptView(String message, String signature, String etag, long registeredAt, String serviceKey, String serviceSignature) {

    static ReceiptView of(AttributionReceipt receipt) {
        return new ReceiptView(receipt.message(), receipt.signature().hex(), receipt.etag(), receipt.registeredAt(), receipt.serviceKey(),
                receipt.serviceSignature().hex());
    }
}
