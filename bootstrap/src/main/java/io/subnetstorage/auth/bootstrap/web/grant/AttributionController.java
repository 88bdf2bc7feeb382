package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.subnetstorage.auth.application.port.in.RegisterAttributionsCommand;
import io.subnetstorage.auth.application.port.in.RegisterAttributionsUseCase;
import io.subnetstorage.auth.application.port.out.attribution.ReceiptSigner;
import io.subnetstorage.auth.application.port.out.attribution.ServiceKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The miner's registration of attributions, and the key that signs their receipts (SPEC §9). */
@Controller
@Tag(name = "attribution")
@ExecuteOn(TaskExecutors.BLOCKING)
class AttributionController {

    static final String REGISTER = "/register-attributions";

    private final RegisterAttributionsUseCase register;
    private final ReceiptSigner receipts;

    AttributionController(RegisterAttributionsUseCase register, ReceiptSigner receipts) {
        this.register = register;
        this.receipts = receipts;
    }

    @Post(REGISTER)
    @Consumes(MediaType.ALL)
    @Operation(summary = "Receipts for attributions of uploaded files",
            description = "Sign s3:attribution:register:{hotkey}:{timestamp}. Each attribution (at most 1000) is checked and, when it "
                    + "passes, answered with a receipt signed by the service's key and written beside the data under attribution/.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterAttributionsRequest.class)))
    RegisterAttributionsResponse registerAttributions(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        RegisterAttributionsRequest fields = RegisterAttributionsRequest.read(body, TaoHeaders.present(request.getHeaders()));
        var envelope = Envelopes.of(request, body, fields, REGISTER);
        return RegisterAttributionsResponse.of(register.register(new RegisterAttributionsCommand(envelope, fields.presented())));
    }

    @Get("/attribution-key")
    @Operation(summary = "The service's attribution key",
            description = "Receipts are sr25519 signatures by ss58 over ssa-receipt:{sha256(message)}:{signature}:{etag}:{registered_at}; "
                    + "previous lists older keys whose receipts are still valid.")
    AttributionKeyResponse attributionKey() {
        ServiceKey key = receipts.current();
        return new AttributionKeyResponse(key.ss58(), key.publicKeyHex(), receipts.previous());
    }
}
