package io.subnetstorage.auth.bootstrap.web.operator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.subnetstorage.auth.application.port.out.AuditEvent;
import java.util.List;

/** One audited request: allowed, or denied with its reason code (the code, not the client's text). */
@Serdeable(naming = SnakeCaseStrategy.class)
record AuditView(String at, String endpoint, String role, boolean allowed, @Nullable String reasonCode, String requestId,
        String clientAddress) {

    static List<AuditView> of(List<AuditEvent> events) {
        return events.stream().map(event -> new AuditView(event.at().toString(), event.origin().endpoint(), event.role().name(),
                event.allowed(), event.denial().map(Enum::name).orElse(null), event.origin().requestId(),
                event.origin().clientAddress())).toList();
    }
}
