package io.subnetstorage.auth.bootstrap.web.grant;

import io.subnetstorage.auth.application.port.in.AttributionProof;
import io.subnetstorage.auth.bootstrap.web.wire.WireReader;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Optional;

/**
 * An upload request's {@code attribution} (SPEC §9): the hotkey's signature over
 * {@code {hotkey}:{key}:{sha256}:{size}:{timestamp}:{nonce}}, the rest of which the request itself gives.
 */
@Schema(name = "AttributionFields", description = "Signed {hotkey}:{file_path}:{sha256}:{size}:{timestamp}:{nonce}; needs size and sha256")
record AttributionFields(
        @Schema(name = "timestamp", requiredMode = Schema.RequiredMode.REQUIRED, description = "Unix seconds") Long timestamp,
        @Schema(name = "nonce", requiredMode = Schema.RequiredMode.REQUIRED, description = "32 lower-case hex digits, single-use") String nonce,
        @Schema(name = "signature", requiredMode = Schema.RequiredMode.REQUIRED, description = "sr25519, hex") String signature) {

    static Optional<AttributionFields> read(WireReader entry) {
        Optional<WireReader> fields = entry.object("attribution");
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> timestamp = fields.get().requiredInteger("timestamp");
        Optional<String> nonce = fields.get().requiredString("nonce");
        Optional<String> signature = fields.get().requiredString("signature");
        return timestamp.isPresent() && nonce.isPresent() && signature.isPresent()
                ? Optional.of(new AttributionFields(timestamp.get(), nonce.get(), signature.get())) : Optional.empty();
    }

    static Optional<AttributionProof> proof(AttributionFields fields) {
        return Optional.ofNullable(fields).map(f -> new AttributionProof(f.timestamp(), f.nonce(), f.signature()));
    }
}
