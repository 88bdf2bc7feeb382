package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.subnetstorage.auth.application.port.in.IssueMinerSpecificAccessUseCase;
import io.subnetstorage.auth.application.port.in.IssueValidatorAccessUseCase;
import io.subnetstorage.auth.application.port.in.PresignMinerListPageUseCase;
import io.subnetstorage.auth.application.port.in.ValidatorCommand;
import io.subnetstorage.auth.application.port.in.ValidatorMinerCommand;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;

/** The validator's listing endpoints: everything, one miner, or one page of one miner. */
@Controller
@Tag(name = "validator")
@ExecuteOn(TaskExecutors.BLOCKING)
class ValidatorAccessController {

    private final IssueValidatorAccessUseCase validatorAccess;
    private final IssueMinerSpecificAccessUseCase minerAccess;
    private final PresignMinerListPageUseCase listPage;

    ValidatorAccessController(IssueValidatorAccessUseCase validatorAccess, IssueMinerSpecificAccessUseCase minerAccess,
            PresignMinerListPageUseCase listPage) {
        this.validatorAccess = validatorAccess;
        this.minerAccess = minerAccess;
        this.listPage = listPage;
    }

    @Post("/get-validator-access")
    @Operation(summary = "Listings of all miner data", description = "Sign s3:validator:access:{timestamp}.")
    ValidatorAccessResponse validatorAccess(HttpRequest<?> request, @Valid @Body ValidatorRequest body) {
        var access = validatorAccess.issue(new ValidatorCommand(envelope(request, body)));
        return new ValidatorAccessResponse(access.bucket(), access.region(), access.validator().value(),
                PythonIsoTime.of(access.expiresAt()), access.validity().toSeconds(),
                Map.of("global", Map.of("list_all_data", access.listAllData().toString()),
                        "miners", Map.of("list_all_miners", access.listAllMiners().toString())),
                StructureInfo.DEPLOYED);
    }

    @Post("/get-miner-specific-access")
    @Operation(summary = "Listing of one miner's folder", description = "Sign s3:validator:miner:{miner_hotkey}:{timestamp}.")
    MinerSpecificAccessResponse minerSpecificAccess(HttpRequest<?> request, @Valid @Body ValidatorRequest body) {
        var access = minerAccess.issue(new ValidatorMinerCommand(envelope(request, body), miner(body)));
        return new MinerSpecificAccessResponse(access.bucket(), access.region(), access.miner().value(), access.minerUrl().toString(),
                access.prefix().value(), PythonIsoTime.of(access.expiresAt()));
    }

    @Post("/get-miner-list")
    @Operation(summary = "One presigned page of a miner's listing",
            description = "Sign s3:validator:miner:{miner_hotkey}:{timestamp}; pass continuation_token for the next page.")
    MinerListResponse minerList(HttpRequest<?> request, @Valid @Body ValidatorRequest body) {
        var page = listPage.presign(new ValidatorMinerCommand(envelope(request, body), miner(body),
                Optional.ofNullable(body.continuationToken()).filter(token -> !token.isEmpty())));
        return new MinerListResponse(page.listUrl().toString(), page.miner().value());
    }

    static Optional<Hotkey> miner(ValidatorRequest body) {
        return Optional.ofNullable(body.minerHotkey()).filter(hotkey -> !hotkey.isEmpty()).map(Hotkey::of);
    }

    private static io.subnetstorage.auth.application.port.in.SignedEnvelope envelope(HttpRequest<?> request, ValidatorRequest body) {
        return Envelopes.of(request, body.hotkey(), body.signature(), body.timestamp(), body.expiry());
    }
}
