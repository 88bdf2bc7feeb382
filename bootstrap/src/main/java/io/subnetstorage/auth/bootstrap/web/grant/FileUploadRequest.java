package io.subnetstorage.auth.bootstrap.web.grant;

import io.subnetstorage.auth.application.port.in.UploadFile;
import io.subnetstorage.auth.bootstrap.web.wire.WireReader;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Optional;
import java.util.OptionalLong;

/** The body of {@code POST /get-file-upload-url}: Subnet 13's {@code {job_id, filename}}, with optional size and hash. */
@Schema(name = "FileUploadRequest", description = "X-Tao-* headers, or signed s3:data:file:{hotkey}:{job_id}:{filename}:{timestamp}")
record FileUploadRequest(
        @Schema(name = "hotkey", description = "SS58; required unless X-Tao-* headers sign the request") String hotkey,
        @Schema(name = "timestamp", description = "Unix seconds; required unless X-Tao-* headers sign the request") Long timestamp,
        @Schema(name = "signature", description = "sr25519, hex; required unless X-Tao-* headers sign the request") String signature,
        @Schema(name = "expiry", description = "Unix seconds; default timestamp + 86400") Long expiry,
        @Schema(name = "job_id", requiredMode = Schema.RequiredMode.REQUIRED) String jobId,
        @Schema(name = "filename", requiredMode = Schema.RequiredMode.REQUIRED) String filename,
        @Schema(name = "size", description = "bytes, 1024 to 5368709120; required when REQUIRE_UPLOAD_SIZE=true") Long size,
        @Schema(name = "sha256", description = "lower-case hex; signed into the upload as x-amz-meta-sha256") String sha256,
        @Schema(name = "attribution", description = "The miner's attribution of the file (SPEC §9), with size and sha256; "
                + "required when ATTRIBUTION_REQUIRED=true") AttributionFields attribution)
        implements SignedRequest {

    static FileUploadRequest read(byte[] body, boolean headerSigned, boolean requireSize) {
        WireReader wire = WireReader.of(body);
        SignedFields signed = SignedFields.read(wire, headerSigned);
        String jobId = wire.requiredString("job_id").orElse(null);
        String filename = wire.requiredString("filename").orElse(null);
        Long size = (requireSize ? wire.requiredInteger("size") : wire.integer("size")).orElse(null);
        String sha256 = Sha256Field.read(wire).orElse(null);
        AttributionFields attribution = AttributionFields.read(wire).orElse(null);
        wire.finish();
        return new FileUploadRequest(signed.hotkey(), signed.timestamp(), signed.signature(), signed.expiry(), jobId, filename, size,
                sha256, attribution);
    }

    UploadFile file() {
        return new UploadFile(jobId, filename, size == null ? OptionalLong.empty() : OptionalLong.of(size), Optional.ofNullable(sha256),
                AttributionFields.proof(attribution));
    }
}
