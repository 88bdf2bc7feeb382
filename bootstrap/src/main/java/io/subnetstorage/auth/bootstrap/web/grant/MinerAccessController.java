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
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
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
            description = "Sign s3:data:access:{coldkey}:{hotkey}:{timestamp} with the hotkey (sr25519, hex). A POST store answers "
                    + "a folder form; a PUT-only store answers one PUT grant per entry of files.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MinerAccessRequest.class)))
    FolderAccessResponse folderAccess(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        MinerAccessRequest fields = MinerAccessRequest.read(body, TaoHeaders.present(request.getHeaders()));
        var envelope = Envelopes.of(request, body, fields, FOLDER_ACCESS);
        MinerFolderGrant grant = issueGrant.issue(new IssueMinerFolderGrantCommand(Coldkey.of(fields.coldkey()), envelope,
                fields.files().stream().map(UploadFileRequest::file).toList()));
        String expiry = PythonIsoTime.ofEpochSecond(grant.requestExpiry());
        if (grant.isFolderForm()) {
            var form = grant.form().orElseThrow();
            return new FolderAccessResponse(grant.folder().value(), "POST", form.url().toString(), form.fields(), expiry,
                    grant.listUrl().toString(), StructureInfo.DEPLOYED, null);
        }
        Map<String, FolderAccessResponse.ObjectGrantView> uploads = new LinkedHashMap<>();
        grant.uploads().forEach((key, upload) -> uploads.put(key, new FolderAccessResponse.ObjectGrantView(
                upload.upload().url().toString(), upload.upload().headers(), upload.validity().toSeconds())));
        String single = uploads.size() == 1 ? uploads.values().iterator().next().url() : null;
        return new FolderAccessResponse(grant.folder().value(), "PUT", single, Map.of(), expiry, grant.listUrl().toString(),
                StructureInfo.DEPLOYED, uploads);
    }
}
