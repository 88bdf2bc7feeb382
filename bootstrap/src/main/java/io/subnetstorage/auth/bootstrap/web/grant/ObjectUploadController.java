package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.subnetstorage.auth.application.port.in.IssueObjectUploadCommand;
import io.subnetstorage.auth.application.port.in.IssueObjectUploadUseCase;
import io.subnetstorage.auth.application.port.in.ObjectUploadGrant;
import io.subnetstorage.auth.bootstrap.config.UploadConfig;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /get-file-upload-url}: Subnet 13's per-object upload grant, on the miner's upload store. */
@Controller
@Tag(name = "miner")
@ExecuteOn(TaskExecutors.BLOCKING)
class ObjectUploadController {

    static final String FILE_UPLOAD_URL = "/get-file-upload-url";

    private final IssueObjectUploadUseCase issue;
    private final boolean requireSize;

    ObjectUploadController(IssueObjectUploadUseCase issue, UploadConfig uploads) {
        this.issue = issue;
        this.requireSize = uploads.requireSize();
    }

    @Post(FILE_UPLOAD_URL)
    @Consumes(MediaType.ALL)
    @Operation(summary = "Upload grant for one object of the miner's folder",
            description = "X-Tao-* headers over the body, or sign s3:data:file:{hotkey}:{job_id}:{filename}:{timestamp}. "
                    + "The key is data/hotkey={hotkey}/job_id={job_id}/{filename}; 409 when it already exists.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FileUploadRequest.class)))
    FileUploadResponse fileUploadUrl(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        FileUploadRequest fields = FileUploadRequest.read(body, TaoHeaders.present(request.getHeaders()), requireSize);
        var envelope = Envelopes.of(request, body, fields, FILE_UPLOAD_URL);
        ObjectUploadGrant grant = issue.issue(new IssueObjectUploadCommand(envelope, fields.file()));
        var upload = grant.upload();
        return new FileUploadResponse(grant.key().value(), upload.url().toString(), upload.fields(), grant.validity().toSeconds(),
                upload.method().name(), upload.headers());
    }
}
