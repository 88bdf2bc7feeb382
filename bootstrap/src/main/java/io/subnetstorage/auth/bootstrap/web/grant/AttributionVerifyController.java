package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.subnetstorage.auth.application.port.in.VerifyAttributionsCommand;
import io.subnetstorage.auth.application.port.in.VerifyAttributionsUseCase;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/** The validator's view of a miner's attributions (SPEC §9); the content itself is checked by the SDK's download. */
@Controller
@Tag(name = "validator")
@ExecuteOn(TaskExecutors.BLOCKING)
class AttributionVerifyController {

    static final String VERIFY = "/verify-attribution";

    private final VerifyAttributionsUseCase verify;

    AttributionVerifyController(VerifyAttributionsUseCase verify) {
        this.verify = verify;
    }

    @Post(VERIFY)
    @Consumes(MediaType.ALL)
    @Operation(summary = "Attribution status of a miner's files",
            description = "Sign s3:validator:verify:{miner_hotkey}:{timestamp}. Per key: attributed, unattributed, mismatch or missing, "
                    + "with the receipt, a URL of its sidecar and each check; content is unchecked (the service never reads the bytes).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VerifyAttributionRequest.class)))
    VerifyAttributionResponse verifyAttribution(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        VerifyAttributionRequest fields = VerifyAttributionRequest.read(body, TaoHeaders.present(request.getHeaders()));
        var envelope = Envelopes.of(request, body, fields, VERIFY);
        return VerifyAttributionResponse.of(verify.verify(new VerifyAttributionsCommand(envelope, Hotkey.of(fields.minerHotkey()),
                fields.fileKeys(), Optional.ofNullable(fields.store()))));
    }
}
