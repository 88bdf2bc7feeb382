package io.subnetstorage.auth.bootstrap.web.grant;

import io.subnetstorage.auth.application.port.in.VerifyAttributionsCommand;
import io.subnetstorage.auth.bootstrap.web.wire.WireReader;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The body of {@code POST /verify-attribution} (SPEC §9). */
@Schema(name = "VerifyAttributionRequest", description = "Signed s3:validator:verify:{miner_hotkey}:{timestamp}")
record VerifyAttributionRequest(
        @Schema(name = "hotkey", description = "SS58; required unless X-Tao-* headers sign the request") String hotkey,
        @Schema(name = "timestamp", description = "Unix seconds; required unless X-Tao-* headers sign the request") Long timestamp,
        @Schema(name = "signature", description = "sr25519, hex; required unless X-Tao-* headers sign the request") String signature,
        @Schema(name = "expiry", description = "Unix seconds; default timestamp + 86400") Long expiry,
        @Schema(name = "miner_hotkey", requiredMode = Schema.RequiredMode.REQUIRED) String minerHotkey,
        @ArraySchema(arraySchema = @Schema(name = "file_keys", requiredMode = Schema.RequiredMode.REQUIRED),
                maxItems = VerifyAttributionsCommand.MAX_FILES) List<String> fileKeys,
        @Schema(name = "store", description = "s3 or hippius: the store to look at (default: where the receipt was made)") String store)
        implements SignedRequest {

    static VerifyAttributionRequest read(byte[] body, boolean headerSigned) {
        WireReader wire = WireReader.of(body);
        SignedFields signed = SignedFields.read(wire, headerSigned);
        String minerHotkey = wire.requiredString("miner_hotkey").orElse(null);
        List<String> keys = wire.strings("file_keys", true, VerifyAttributionsCommand.MAX_FILES).orElse(null);
        String store = wire.string("store").orElse(null);
        wire.finish();
        return new VerifyAttributionRequest(signed.hotkey(), signed.timestamp(), signed.signature(), signed.expiry(), minerHotkey, keys, store);
    }
}
