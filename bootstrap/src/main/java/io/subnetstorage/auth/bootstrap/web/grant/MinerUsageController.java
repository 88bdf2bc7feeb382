package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.subnetstorage.auth.application.port.in.MinerUsage;
import io.subnetstorage.auth.application.port.in.ReportMinerUsageCommand;
import io.subnetstorage.auth.application.port.in.ReportMinerUsageUseCase;
import io.subnetstorage.auth.bootstrap.web.wire.WireReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /my-usage}: what the signing miner used today, its limits, stored bytes and registration (SPEC §7). */
@Controller
@Tag(name = "miner")
@ExecuteOn(TaskExecutors.BLOCKING)
class MinerUsageController {

    static final String MY_USAGE = "/my-usage";

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Limits(long dailyLimitPerMiner, long dailyFileLimitPerMiner) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Usage(long grantsToday, long filesToday, Limits limits, @Nullable Long storedBytes, @Nullable Long storageCap,
            String registration, @Nullable String cleanupAt) {
    }

    private final ReportMinerUsageUseCase usage;

    MinerUsageController(ReportMinerUsageUseCase usage) {
        this.usage = usage;
    }

    @Post(MY_USAGE)
    @Consumes(MediaType.ALL)
    @Operation(summary = "The signing miner's usage today", description = "Sign s3:miner:usage:{hotkey}:{timestamp}.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ValidatorRequest.class)))
    Usage myUsage(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        boolean headerSigned = TaoHeaders.present(request.getHeaders());
        WireReader wire = WireReader.of(body);
        SignedFields signed = SignedFields.read(wire, headerSigned);
        wire.finish();
        MinerUsage used = usage.report(new ReportMinerUsageCommand(Envelopes.of(request, body, signed, MY_USAGE)));
        return new Usage(used.grantsToday(), used.filesToday(), new Limits(used.grantLimit(), used.fileLimit()),
                used.storedBytes().isPresent() ? used.storedBytes().getAsLong() : null,
                used.storageCap().isPresent() ? used.storageCap().getAsLong() : null, used.registration(),
                used.cleanupAt().map(at -> PythonIsoTime.of(at)).orElse(null));
    }
}
