package io.subnetstorage.auth.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.subnetstorage.auth.application.port.out.AuditEvent;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.time.Instant;
import java.util.Optional;

/** A row of {@code audit_events} as the operator reads it back; rows are written by {@link AuditBatchWriter}. */
@MappedEntity("audit_events")
record AuditRow(
        @Id @GeneratedValue Long id,
        Instant at,
        String requestId,
        String endpoint,
        String clientAddress,
        String role,
        @Nullable String hotkey,
        boolean allowed,
        @Nullable String reasonCode) {

    AuditEvent event() {
        return new AuditEvent(at, new RequestOrigin(requestId, endpoint, clientAddress), Role.valueOf(role),
                Optional.ofNullable(hotkey), Optional.ofNullable(reasonCode).map(ReasonCode::valueOf));
    }
}
