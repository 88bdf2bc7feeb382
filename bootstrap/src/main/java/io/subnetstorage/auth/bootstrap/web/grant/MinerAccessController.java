package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;

/** The miner's endpoint: a signed request for an upload grant to its own folder. */
@Controller
@Tag(name = "miner")
@ExecuteOn(TaskExecutors.BLOCKING)
class MinerAccessController {

    private final IssueMinerFolderGrantUseCase issueGrant;

    MinerAccessController(IssueMinerFolderGrantUseCase issueGrant) {
        this.issueGrant = issueGrant;
    }

    @Post("/get-folder-access")
    @Operation(summary = "Upload grant for the miner's folder",
            description = "Sign s3:data:access:{coldkey}:{hotkey}:{timestamp} with the hotkey (sr25519, hex).")
    FolderAccessResponse folderAccess(HttpRequest<?> request, @Valid @Body MinerAccessRequest body) {
        var envelope = Envelopes.of(request, body.hotkey(), body.signature(), body.timestamp(), body.expiry());
        MinerFolderGrant grant = issueGrant.issue(new IssueMinerFolderGrantCommand(Coldkey.of(body.coldkey()), envelope));
        boolean post = grant.method() == UploadMethod.POST_POLICY;
        return new FolderAccessResponse(grant.folder().value(), post ? "POST" : "PUT",
                grant.form().map(form -> form.url().toString()).orElse(null),
                grant.form().map(form -> form.fields()).orElse(Map.of()),
                PythonIsoTime.ofEpochSecond(grant.requestExpiry()), grant.listUrl().toString(), StructureInfo.DEPLOYED);
    }
}
