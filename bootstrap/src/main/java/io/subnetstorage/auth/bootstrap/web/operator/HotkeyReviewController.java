package io.subnetstorage.auth.bootstrap.web.operator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.subnetstorage.auth.application.port.in.operator.ListGrantsBySigningKeyQuery;
import io.subnetstorage.auth.application.port.in.operator.ListGrantsBySigningKeyUseCase;
import io.subnetstorage.auth.application.port.in.operator.ReviewHotkeyQuery;
import io.subnetstorage.auth.application.port.in.operator.ReviewHotkeyUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.function.Supplier;

/** Read-only operator views: one hotkey's state and history, and the live grants of one signing key. */
@Controller("/operator")
@Tag(name = "operator")
@ExecuteOn(TaskExecutors.BLOCKING)
class HotkeyReviewController {

    static final int DEFAULT_LIMIT = 100;

    private final OperatorAccess access;
    private final ReviewHotkeyUseCase review;
    private final ListGrantsBySigningKeyUseCase bySigningKey;

    HotkeyReviewController(OperatorAccess access, ReviewHotkeyUseCase review, ListGrantsBySigningKeyUseCase bySigningKey) {
        this.access = access;
        this.review = review;
        this.bySigningKey = bySigningKey;
    }

    @Get("/hotkeys/{hotkey}{?limit}")
    @Operation(summary = "A hotkey's revocation, outstanding and recent grants, and audit history")
    HotkeyReviewResponse hotkey(HttpRequest<?> request, @PathVariable String hotkey, @Nullable @QueryValue Integer limit) {
        access.admit(request, "review", hotkey);
        ReviewHotkeyQuery query = query(() -> new ReviewHotkeyQuery(OperatorAccess.hotkey(hotkey), limit == null ? DEFAULT_LIMIT : limit));
        return HotkeyReviewResponse.of(OperatorAccess.onLedger(() -> review.review(query)));
    }

    @Get("/grants{?signing_key,limit}")
    @Operation(summary = "Outstanding grants signed by one store access key: what rotating it cuts off")
    SigningKeyGrantsResponse grants(HttpRequest<?> request, @Nullable @QueryValue("signing_key") String signingKey,
            @Nullable @QueryValue Integer limit) {
        // Credentials first, so an unauthenticated caller learns nothing about what it sent.
        access.admit(request, "grants-by-key", signingKey == null ? "" : signingKey);
        if (signingKey == null) {
            throw new OperatorProblem(HttpStatus.BAD_REQUEST, "signing_key is required");
        }
        ListGrantsBySigningKeyQuery query = query(() -> new ListGrantsBySigningKeyQuery(signingKey, limit == null ? DEFAULT_LIMIT : limit));
        return SigningKeyGrantsResponse.of(OperatorAccess.onLedger(() -> bySigningKey.outstanding(query)));
    }

    private static <T> T query(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException invalid) {
            throw new OperatorProblem(HttpStatus.BAD_REQUEST, invalid.getMessage());
        }
    }
}
