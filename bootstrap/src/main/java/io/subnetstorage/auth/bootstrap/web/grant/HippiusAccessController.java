package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.subnetstorage.auth.application.port.in.HippiusUploadAccess;
import io.subnetstorage.auth.application.port.in.HippiusValidatorAccess;
import io.subnetstorage.auth.application.port.in.IssueHippiusUploadAccessUseCase;
import io.subnetstorage.auth.application.port.in.IssueHippiusValidatorAccessUseCase;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.application.port.in.MinerFolderGrant;
import io.subnetstorage.auth.application.port.in.ValidatorCommand;
import io.subnetstorage.auth.bootstrap.config.AttributionConfig;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Hippius plan's own endpoints (SPEC §8); present only while a Hippius store is configured. */
@Controller
@Tag(name = "hippius")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = IssueHippiusUploadAccessUseCase.class)
class HippiusAccessController {

    static final String UPLOAD_ACCESS = "/get-hippius-upload-access";
    static final String VALIDATOR_ACCESS = "/get-hippius-validator-access";
    static final String USAGE_NOTE = "GET each list_url for a ListObjectsV2 page of that miner's folder; object URLs come from "
            + "/get-miner-specific-access or /get-file-presigned-urls";

    private final IssueHippiusUploadAccessUseCase uploads;
    private final IssueHippiusValidatorAccessUseCase validators;
    private final boolean attributionRequired;

    HippiusAccessController(IssueHippiusUploadAccessUseCase uploads, IssueHippiusValidatorAccessUseCase validators,
            AttributionConfig attribution) {
        this.uploads = uploads;
        this.validators = validators;
        this.attributionRequired = attribution.required();
    }

    @Post(UPLOAD_ACCESS)
    @Consumes(MediaType.ALL)
    @Operation(summary = "Per-object PUT grants on Hippius",
            description = "Sign s3:hippius:upload:{coldkey}:{hotkey}:{timestamp}; list the objects in files.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MinerAccessRequest.class)))
    HippiusUploadResponse uploadAccess(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        MinerAccessRequest fields = MinerAccessRequest.read(body, TaoHeaders.present(request.getHeaders()));
        HippiusUploadAccess access = uploads.issue(new IssueMinerFolderGrantCommand(Coldkey.of(fields.coldkey()),
                Envelopes.of(request, body, fields, UPLOAD_ACCESS), fields.files().stream().map(UploadFileRequest::file).toList()));
        MinerFolderGrant grant = access.grant();
        Map<String, FolderAccessResponse.ObjectGrantView> views = new LinkedHashMap<>();
        grant.uploads().forEach((key, upload) -> views.put(key, new FolderAccessResponse.ObjectGrantView(
                upload.upload().url().toString(), upload.upload().headers(), upload.validity().toSeconds())));
        String single = views.size() == 1 ? views.values().iterator().next().url() : null;
        return new HippiusUploadResponse(grant.folder().value(), "PUT", single, Map.of(),
                PythonIsoTime.ofEpochSecond(grant.requestExpiry()), grant.listUrl().toString(), StructureInfo.DEPLOYED, views,
                "presigned_put", access.endpoint().toString(), access.folder().bucket().value(), access.folder().folder().value(),
                attributionRequired);
    }

    @Post(VALIDATOR_ACCESS)
    @Consumes(MediaType.ALL)
    @Operation(summary = "Presigned listings of every miner's folder on Hippius",
            description = "Sign s3:hippius:validator:{timestamp}. Works with shared and per-miner buckets.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ValidatorRequest.class)))
    HippiusValidatorResponse validatorAccess(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        ValidatorRequest fields = ValidatorRequest.read(body, TaoHeaders.present(request.getHeaders()));
        HippiusValidatorAccess access = validators.issue(new ValidatorCommand(Envelopes.of(request, body, fields, VALIDATOR_ACCESS)));
        return new HippiusValidatorResponse("presigned", access.endpoint().toString(),
                access.buckets().stream().map(bucket -> new HippiusValidatorResponse.AccessibleBucket(bucket.miner().value(),
                        bucket.bucket(), bucket.prefix(), bucket.listUrl().toString())).toList(),
                List.of("read", "list"), PythonIsoTime.of(access.expiresAt()), USAGE_NOTE);
    }
}
