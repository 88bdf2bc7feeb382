package io.subnetstorage.auth.bootstrap.web.operator;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.subnetstorage.auth.application.port.in.operator.Operator;
import io.subnetstorage.auth.application.port.in.operator.ReinstateHotkeyCommand;
import io.subnetstorage.auth.application.port.in.operator.ReinstateHotkeyUseCase;
import io.subnetstorage.auth.application.port.in.operator.ReviewHotkeyQuery;
import io.subnetstorage.auth.application.port.in.operator.ReviewHotkeyUseCase;
import io.subnetstorage.auth.application.port.in.operator.RevokeHotkeyCommand;
import io.subnetstorage.auth.application.port.in.operator.RevokeHotkeyUseCase;
import io.subnetstorage.auth.bootstrap.web.ErrorBody;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Revoking and reinstating hotkeys. Credentials are checked before the input is even parsed. */
@Controller("/operator/revocations")
@Tag(name = "operator")
@ExecuteOn(TaskExecutors.BLOCKING)
class RevocationController {

    private final OperatorAccess access;
    private final RevokeHotkeyUseCase revoke;
    private final ReinstateHotkeyUseCase reinstate;
    private final ReviewHotkeyUseCase review;

    RevocationController(OperatorAccess access, RevokeHotkeyUseCase revoke, ReinstateHotkeyUseCase reinstate, ReviewHotkeyUseCase review) {
        this.access = access;
        this.revoke = revoke;
        this.reinstate = reinstate;
        this.review = review;
    }

    @Post
    @Operation(summary = "Revoke a hotkey: its next requests get 403 Hotkey revoked; URLs already issued live until they expire")
    HttpResponse<RevocationResponse> revoke(HttpRequest<?> request, @Valid @Body RevocationRequest body) {
        Operator operator = access.admit(request, "revoke", body.hotkey());
        Hotkey hotkey = OperatorAccess.hotkey(body.hotkey());
        RevokeHotkeyCommand command;
        try {
            command = new RevokeHotkeyCommand(hotkey, body.reason(), operator);
        } catch (IllegalArgumentException badReason) {
            throw new OperatorProblem(HttpStatus.BAD_REQUEST, badReason.getMessage());
        }
        OperatorAccess.onLedger(() -> {
            revoke.revoke(command);
            return null;
        });
        int outstanding = OperatorAccess.onLedger(() -> review.review(new ReviewHotkeyQuery(hotkey, 1))).outstanding().size();
        return HttpResponse.created(new RevocationResponse(hotkey.value(), true, command.reason(), operator.name(), outstanding));
    }

    @Delete("/{hotkey}")
    @Operation(summary = "Reinstate a revoked hotkey")
    HttpResponse<ErrorBody> reinstate(HttpRequest<?> request, @PathVariable String hotkey) {
        Operator operator = access.admit(request, "reinstate", hotkey);
        Hotkey target = OperatorAccess.hotkey(hotkey);
        boolean wasRevoked = OperatorAccess.onLedger(() -> reinstate.reinstate(new ReinstateHotkeyCommand(target, operator)));
        if (!wasRevoked) {
            throw new OperatorProblem(HttpStatus.NOT_FOUND, "Hotkey not revoked");
        }
        return HttpResponse.noContent();
    }
}
