package io.subnetstorage.auth.bootstrap.web.grant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.subnetstorage.auth.application.port.in.AttributionRegistration;
import io.subnetstorage.auth.domain.attribution.AttributionReason;
import java.util.List;

/** {@code {accepted: [{file_path, receipt}], rejected: [{file_path, reason}]}} (SPEC §9). */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record RegisterAttributionsResponse(List<AcceptedView> accepted, List<RejectedView> rejected) {

    @Serdeable(naming = SnakeCaseStrategy.class)
    record AcceptedView(String filePath, ReceiptView receipt) {
    }

    /** {@code file_path} is null when the message was too garbled to name one. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RejectedView(@Nullable String filePath, String reason) {
    }

    static RegisterAttributionsResponse of(AttributionRegistration registration) {
        return new RegisterAttributionsResponse(
                registration.accepted().stream().map(a -> new AcceptedView(a.filePath(), ReceiptView.of(a.receipt()))).toList(),
                registration.rejected().stream().map(r -> new RejectedView(r.filePath().orElse(null), AttributionReason.label(r.reason())))
                        .toList());
    }
}
