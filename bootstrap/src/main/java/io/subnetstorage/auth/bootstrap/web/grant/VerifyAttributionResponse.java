package io.subnetstorage.auth.bootstrap.web.grant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.subnetstorage.auth.application.port.in.AttributionVerification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SPEC §9's answer: per key {@code {status, content: "unchecked", attribution, receipt, sidecar_url, checks}};
 * a check that could not be judged is null, and so are the parts a file without a receipt lacks.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record VerifyAttributionResponse(String minerHotkey, Map<String, FileView> results) {

    /** The service never reads the bytes: a validator's download checks them. */
    static final String CONTENT = "unchecked";

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FileView(String status, String content, @Nullable ClaimView attribution, @Nullable ReceiptView receipt,
            @Nullable String sidecarUrl, ChecksView checks) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record ClaimView(String message, String signature) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ChecksView(@Nullable Boolean signature, @Nullable Boolean nonceUnique, @Nullable Boolean size, @Nullable Boolean sha256Metadata,
            @Nullable Boolean etagUnchanged, @Nullable Boolean registeredAtUpload) {

        static ChecksView of(AttributionVerification.Checks checks) {
            return new ChecksView(value(checks.signature()), value(checks.nonceUnique()), value(checks.size()), value(checks.sha256Metadata()),
                    value(checks.etagUnchanged()), value(checks.registeredAtUpload()));
        }

        private static Boolean value(Optional<Boolean> check) {
            return check.orElse(null);
        }
    }

    static VerifyAttributionResponse of(AttributionVerification verification) {
        Map<String, FileView> results = new LinkedHashMap<>();
        verification.results().forEach((key, result) -> results.put(key, new FileView(result.status().label(), CONTENT,
                result.attribution().map(claim -> new ClaimView(claim.message(), claim.signature().hex())).orElse(null),
                result.receipt().map(ReceiptView::of).orElse(null), result.sidecarUrl().map(Object::toString).orElse(null),
                ChecksView.of(result.checks()))));
        return new VerifyAttributionResponse(verification.miner().value(), results);
    }
}
