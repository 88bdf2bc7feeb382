package io.subnetstorage.auth.bootstrap.web.grant;

import io.subnetstorage.auth.application.port.in.PresentedAttribution;
import io.subnetstorage.auth.application.port.in.RegisterAttributionsCommand;
import io.subnetstorage.auth.bootstrap.web.wire.WireReader;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Optional;

/** The body of {@code POST /register-attributions} (SPEC §9). */
@Schema(name = "RegisterAttributionsRequest", description = "Signed s3:attribution:register:{hotkey}:{timestamp}")
record RegisterAttributionsRequest(
        @Schema(name = "hotkey", description = "SS58; required unless X-Tao-* headers sign the request") String hotkey,
        @Schema(name = "timestamp", description = "Unix seconds; required unless X-Tao-* headers sign the request") Long timestamp,
        @Schema(name = "signature", description = "sr25519, hex; required unless X-Tao-* headers sign the request") String signature,
        @Schema(name = "expiry", description = "Unix seconds; default timestamp + 86400") Long expiry,
        @ArraySchema(arraySchema = @Schema(name = "attributions", requiredMode = Schema.RequiredMode.REQUIRED),
                maxItems = RegisterAttributionsCommand.MAX_ATTRIBUTIONS) List<Presented> attributions) implements SignedRequest {

    /** One attribution: the message {@code {hotkey}:{file_path}:{sha256}:{size}:{timestamp}:{nonce}} and its signature. */
    @Schema(name = "PresentedAttribution")
    record Presented(
            @Schema(name = "message", requiredMode = Schema.RequiredMode.REQUIRED) String message,
            @Schema(name = "signature", requiredMode = Schema.RequiredMode.REQUIRED, description = "sr25519 by the hotkey, hex") String signature) {

        static Optional<Presented> read(WireReader entry) {
            Optional<String> message = entry.requiredString("message");
            Optional<String> signature = entry.requiredString("signature");
            return message.isPresent() && signature.isPresent() ? Optional.of(new Presented(message.get(), signature.get())) : Optional.empty();
        }
    }

    static RegisterAttributionsRequest read(byte[] body, boolean headerSigned) {
        WireReader wire = WireReader.of(body);
        SignedFields signed = SignedFields.read(wire, headerSigned);
        List<Presented> attributions = wire.objects("attributions", true, RegisterAttributionsCommand.MAX_ATTRIBUTIONS).orElse(List.of())
                .stream().flatMap(entry -> Presented.read(entry).stream()).toList();
        wire.finish();
        return new RegisterAttributionsRequest(signed.hotkey(), signed.timestamp(), signed.signature(), signed.expiry(), attributions);
    }

    List<PresentedAttribution> presented() {
        return attributions.stream().map(entry -> new PresentedAttribution(entry.message(), entry.signature())).toList();
    }
}
