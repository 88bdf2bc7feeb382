package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.subnetstorage.auth.application.port.in.IssueMinerSpecificAccessUseCase;
import io.subnetstorage.auth.application.port.in.IssueValidatorAccessUseCase;
import io.subnetstorage.auth.application.port.in.PresignMinerListPageUseCase;
import io.subnetstorage.auth.application.port.in.SignedEnvelope;
import io.subnetstorage.auth.application.port.in.ValidatorCommand;
import io.subnetstorage.auth.application.port.in.ValidatorMinerCommand;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.Optional;

/** The validator's listing endpoints: everything, one miner, or one page of one miner. */
@Controller
@Tag(name = "validator")
@ExecuteOn(TaskExecutors.BLOCKING)
class ValidatorAccessController {

    static final String VALIDATOR_ACCESS = "/get-validator-access";
    static final String MINER_SPECIFIC_ACCESS = "/get-miner-specific-access";
    static final String MINER_LIST = "/get-miner-list";

    private final IssueValidatorAccessUseCase validatorAccess;
    private final IssueMinerSpecificAccessUseCase minerAccess;
    private final PresignMinerListPageUseCase listPage;

    ValidatorAccessController(IssueValidatorAccessUseCase validatorAccess, IssueMinerSpecificAccessUseCase minerAccess,
            PresignMinerListPageUseCase listPage) {
        this.validatorAccess = validatorAccess;
        this.minerAccess = minerAccess;
        this.listPage = listPage;
    }

    @Post(VALIDATOR_ACCESS)
    @Consumes(MediaType.ALL)
    @Operation(summary = "Listings of all miner data", description = "Sign s3:validator:access:{timestamp}.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ValidatorRequest.class)))
    ValidatorAccessResponse validatorAccess(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        ValidatorRequest fields = ValidatorRequest.read(body, TaoHeaders.present(request.getHeaders()));
        var access = validatorAccess.issue(new ValidatorCommand(Envelopes.of(request, body, fields, VALIDATOR_ACCESS),
                Optional.ofNullable(fields.store())));
        return new ValidatorAccessResponse(access.bucket(), access.region(), access.validator().value(),
                PythonIsoTime.of(access.expiresAt()), access.validity().toSeconds(),
                Map.of("global", Map.of("list_all_data", access.listAllData().toString()),
                        "miners", Map.of("list_all_miners", access.listAllMiners().toString())),
                StructureInfo.DEPLOYED);
    }

    @Post(MINER_SPECIFIC_ACCESS)
    @Consumes(MediaType.ALL)
    @Operation(summary = "Listing of one miner's folder", description = "Sign s3:validator:miner:{miner_hotkey}:{timestamp}.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ValidatorRequest.class)))
    MinerSpecificAccessResponse minerSpecificAccess(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        ValidatorRequest fields = ValidatorRequest.read(body, TaoHeaders.present(request.getHeaders()));
        SignedEnvelope envelope = Envelopes.of(request, body, fields, MINER_SPECIFIC_ACCESS);
        var access = minerAccess.issue(new ValidatorMinerCommand(envelope, miner(fields), Optional.empty(), Optional.ofNullable(fields.store())));
        return new MinerSpecificAccessResponse(access.bucket(), access.region(), access.miner().value(), access.minerUrl().toString(),
                access.prefix().value(), PythonIsoTime.of(access.expiresAt()));
    }

    @Post(MINER_LIST)
    @Consumes(MediaType.ALL)
    @Operation(summary = "One presigned page of a miner's listing",
            description = "Sign s3:validator:miner:{miner_hotkey}:{timestamp}; pass continuation_token for the next page. "
                    + "One signature serves each page once, at most 200 pages.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ValidatorRequest.class)))
    MinerListResponse minerList(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        ValidatorRequest fields = ValidatorRequest.read(body, TaoHeaders.present(request.getHeaders()));
        // The token is checked before any signature work (it may be junk of any length).
        var command = new ValidatorMinerCommand(Envelopes.of(request, body, fields, MINER_LIST), miner(fields),
                Optional.ofNullable(fields.continuationToken()).filter(token -> !token.isEmpty()), Optional.ofNullable(fields.store()));
        var page = listPage.presign(command);
        return new MinerListResponse(page.listUrl().toString(), page.miner().value());
    }

    static Optional<Hotkey> miner(ValidatorRequest body) {
        return Optional.ofNullable(body.minerHotkey()).filter(hotkey -> !hotkey.isEmpty()).map(Hotkey::of);
    }
}
