package io.subnetstorage.auth.bootstrap.web.grant;

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
import io.subnetstorage.auth.application.port.in.DeregisterMinerCommand;
import io.subnetstorage.auth.application.port.in.DeregisterMinerUseCase;
import io.subnetstorage.auth.application.port.in.MinerDeregistered;
import io.subnetstorage.auth.application.port.in.MinerRegistered;
import io.subnetstorage.auth.application.port.in.RegisterMinerCommand;
import io.subnetstorage.auth.application.port.in.RegisterMinerUseCase;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/** A miner's registration with the service (SPEC §8), apart from its membership of the metagraph. */
@Controller
@Tag(name = "miner")
@ExecuteOn(TaskExecutors.BLOCKING)
class RegistrationController {

    static final String REGISTER = "/register-miner";
    static final String DEREGISTER = "/deregister-miner";

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Registered(String status, String hotkey, String bucketName, String folder, String uploadEndpoint, String registeredAt) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Deregistered(String status, String cleanupScheduled, String cleanupAt) {
    }

    private final RegisterMinerUseCase register;
    private final DeregisterMinerUseCase deregister;

    RegistrationController(RegisterMinerUseCase register, DeregisterMinerUseCase deregister) {
        this.register = register;
        this.deregister = deregister;
    }

    @Post(REGISTER)
    @Consumes(MediaType.ALL)
    @Operation(summary = "Register a miner with the service",
            description = "Sign s3:miner:register:{coldkey}:{hotkey}:{timestamp}. With a bucket per miner, its bucket is made here. "
                    + "409 when already registered; a deregistered miner re-registers, cancelling its cleanup.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterMinerRequest.class)))
    Registered register(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        RegisterMinerRequest fields = RegisterMinerRequest.read(body, TaoHeaders.present(request.getHeaders()));
        MinerRegistered registered = register.register(new RegisterMinerCommand(Coldkey.of(fields.coldkey()),
                Envelopes.of(request, body, fields, REGISTER)));
        return new Registered("registered", registered.registration().hotkey().value(), registered.folder().bucket().value(),
                registered.folder().folder().value(), registered.uploadEndpoint().toString(),
                PythonIsoTime.of(registered.registration().registeredAt().orElseThrow()));
    }

    @Post(DEREGISTER)
    @Consumes(MediaType.ALL)
    @Operation(summary = "Deregister a miner",
            description = "Sign s3:miner:deregister:{miner_hotkey}:{timestamp} with the miner's hotkey or OWNER_HOTKEY. Uploads stop at "
                    + "once; validators still read the data until the cleanup, MINER_RETENTION later.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeregisterMinerRequest.class)))
    Deregistered deregister(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        DeregisterMinerRequest fields = DeregisterMinerRequest.read(body, TaoHeaders.present(request.getHeaders()));
        MinerDeregistered deregistered = deregister.deregister(new DeregisterMinerCommand(Envelopes.of(request, body, fields, DEREGISTER),
                Hotkey.of(fields.minerHotkey()), Optional.ofNullable(fields.reason()).filter(reason -> !reason.isBlank())));
        return new Deregistered("deregistered", deregistered.retention().toDays() + " days",
                PythonIsoTime.of(deregistered.cleanupAt()));
    }
}
