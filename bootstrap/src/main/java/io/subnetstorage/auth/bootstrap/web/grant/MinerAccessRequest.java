package io.subnetstorage.auth.bootstrap.web.grant;

import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.bootstrap.web.wire.WireReader;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The body of {@code POST /get-folder-access}, as deployed miners send it, with {@code files} for PUT stores. */
@Schema(name = "MinerAccessRequest", description = "Signed s3:data:access:{coldkey}:{hotkey}:{timestamp}")
record MinerAccessRequest(
        @Schema(name = "coldkey", requiredMode = Schema.RequiredMode.REQUIRED) String coldkey,
        @Schema(name = "hotkey", description = "SS58; required unless X-Tao-* headers sign the request") String hotkey,
        @Schema(name = "timestamp", description = "Unix seconds; required unless X-Tao-* headers sign the request") Long timestamp,
        @Schema(name = "signature", description = "sr25519, hex; required unless X-Tao-* headers sign the request") String signature,
        @Schema(name = "expiry", description = "Unix seconds; default timestamp + 86400") Long expiry,
        @ArraySchema(arraySchema = @Schema(name = "files", description = "The objects to upload, for a store that takes uploads "
                + "by presigned PUT (ignored by a POST store)"), maxItems = IssueMinerFolderGrantCommand.MAX_FILES)
        List<UploadFileRequest> files) implements SignedRequest {

    static MinerAccessRequest read(byte[] body, boolean headerSigned) {
        WireReader wire = WireReader.of(body);
        String coldkey = wire.requiredString("coldkey").orElse(null);
        SignedFields signed = SignedFields.read(wire, headerSigned);
        List<UploadFileRequest> files = wire.objects("files", false, IssueMinerFolderGrantCommand.MAX_FILES).orElse(List.of()).stream()
                .flatMap(entry -> UploadFileRequest.read(entry).stream()).toList();
        wire.finish();
        return new MinerAccessRequest(coldkey, signed.hotkey(), signed.timestamp(), signed.signature(), signed.expiry(), files);
    }
}
