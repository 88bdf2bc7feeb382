package io.subnetstorage.auth.bootstrap.web.grant;

import io.subnetstorage.auth.application.port.in.PresignMinerFilesCommand;
import io.subnetstorage.auth.bootstrap.web.wire.WireReader;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The body of {@code POST /get-file-presigned-urls}. */
@Schema(name = "FileUrlsRequest")
record FileUrlsRequest(
        @Schema(name = "hotkey", description = "SS58; required unless X-Tao-* headers sign the request") String hotkey,
        @Schema(name = "timestamp", description = "Unix seconds; required unless X-Tao-* headers sign the request") Long timestamp,
        @Schema(name = "signature", description = "sr25519, hex; required unless X-Tao-* headers sign the request") String signature,
        @Schema(name = "miner_hotkey", requiredMode = Schema.RequiredMode.REQUIRED) String minerHotkey,
        @ArraySchema(arraySchema = @Schema(name = "file_keys", requiredMode = Schema.RequiredMode.REQUIRED), maxItems = 1000)
        List<String> fileKeys,
        @Schema(name = "expiry_hours", minimum = "1", maximum = "168", defaultValue = "1") Integer expiryHours,
        @Schema(name = "store", description = "s3 or hippius: the store to read (default: where the miner uploads)") String store)
        implements SignedRequest {

    static FileUrlsRequest read(byte[] body, boolean headerSigned) {
        WireReader wire = WireReader.of(body);
        SignedFields signed = SignedFields.read(wire, headerSigned);
        String minerHotkey = wire.requiredString("miner_hotkey").orElse(null);
        List<String> keys = wire.strings("file_keys", true, PresignMinerFilesCommand.MAX_FILES).orElse(null);
        int hours = wire.integer("expiry_hours", 1, 168).orElse(1L).intValue();
        String store = wire.string("store").orElse(null);
        wire.finish();
        return new FileUrlsRequest(signed.hotkey(), signed.timestamp(), signed.signature(), minerHotkey, keys, hours, store);
    }

    /** The deployed service has no body expiry here: the request stays fresh as long as the URLs it asks for. */
    @Override
    public Long expiry() {
        return timestamp == null ? null : io.subnetstorage.auth.application.port.in.SignedEnvelope.saturatedAdd(timestamp,
                expiryHours * 3600L);
    }
}
