package io.subnetstorage.auth.bootstrap.web.grant;

import io.subnetstorage.auth.application.port.in.UploadFile;
import io.subnetstorage.auth.bootstrap.web.wire.WireReader;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Optional;
import java.util.OptionalLong;

/** One entry of {@code files}: a key relative to the miner's folder, its size, and optionally its SHA-256. */
@Schema(name = "UploadFileRequest")
record UploadFileRequest(
        @Schema(name = "key", requiredMode = Schema.RequiredMode.REQUIRED, description = "job_id={job_id}/{filename}") String key,
        @Schema(name = "size", requiredMode = Schema.RequiredMode.REQUIRED, description = "bytes, 1024 to 5368709120") Long size,
        @Schema(name = "sha256", description = "lower-case hex; signed into the PUT as x-amz-meta-sha256") String sha256,
        @Schema(name = "attribution", description = "The miner's attribution of the file (SPEC §9); signed into the PUT")
        AttributionFields attribution) {

    static Optional<UploadFileRequest> read(WireReader entry) {
        Optional<String> key = entry.requiredString("key");
        Optional<Long> size = entry.requiredInteger("size");
        Optional<String> sha256 = Sha256Field.read(entry);
        Optional<AttributionFields> attribution = AttributionFields.read(entry);
        return key.isPresent() && size.isPresent()
                ? Optional.of(new UploadFileRequest(key.get(), size.get(), sha256.orElse(null), attribution.orElse(null)))
                : Optional.empty();
    }

    /** {@code job_id={job_id}/{filename}}; anything else has no valid job id, which the rules refuse before any signature work. */
    UploadFile file() {
        String jobId = "";
        String fileName = key;
        int slash = key.indexOf('/');
        if (key.startsWith("job_id=") && slash > 0) {
            jobId = key.substring("job_id=".length(), slash);
            fileName = key.substring(slash + 1);
        }
        return new UploadFile(jobId, fileName, OptionalLong.of(size), Optional.ofNullable(sha256), AttributionFields.proof(attribution));
    }
}
