package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantUseCase;
import io.subnetstorage.auth.application.port.in.MinerFolderGrant;
import io.subnetstorage.auth.application.port.out.UploadMethod;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

/**
 * The miner's endpoint: a signed request for an upload grant to its own folder. The body is taken as
 * bytes and read with FastAPI's coercion rules; X-Tao headers sign exactly those bytes.
 */
@Controller
@Tag(name = "miner")
@ExecuteOn(TaskExecutors.BLOCKING)
class MinerAccessController {

    static final String FOLDER_ACCESS = "/get-folder-access";

    private final IssueMinerFolderGrantUseCase issueGrant;

    MinerAccessController(IssueMinerFolderGrantUseCase issueGrant) {
        this.issueGrant = issueGrant;
    }

    @Post(FOLDER_ACCESS)
    @Consumes(MediaType.ALL)
    @Operation(summary = "Upload grant for the miner's folder",
            description = "Sign s3:data:access:{coldkey}:{hotkey}:{timestamp} with the hotkey (sr25519, hex).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MinerAccessRequest.class)))
    FolderAccessResponse folderAccess(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        MinerAccessRequest fields = MinerAccessRequest.read(body, TaoHeaders.present(request.getHeaders()));
        var envelope = Envelopes.of(request, body, fields, FOLDER_ACCESS);
        MinerFolderGrant grant = issueGrant.issue(new IssueMinerFolderGrantCommand(Coldkey.of(fields.coldkey()), envelope));
        boolean post = grant.method() == UploadMethod.POST_POLICY;
        return new FolderAccessResponse(grant.folder().value(), post ? "POST" : "PUT",
                grant.form().map(form -> form.url().toString()).orElse(null),
                grant.form().map(form -> form.fields()).orElse(Map.of()),
                PythonIsoTime.ofEpochSecond(grant.requestExpiry()), grant.listUrl().toString(), StructureInfo.DEPLOYED);
    }
}
