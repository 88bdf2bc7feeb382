package io.subnetstorage.auth.bootstrap.web.operator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.subnetstorage.auth.application.port.in.migration.ControlMigrationUseCase;
import io.subnetstorage.auth.application.port.in.migration.MigrationRefused;
import io.subnetstorage.auth.application.port.in.migration.StartMigrationCommand;
import io.subnetstorage.auth.application.port.in.migration.StartMigrationUseCase;
import io.subnetstorage.auth.application.port.in.migration.ViewMigrationsUseCase;
import io.subnetstorage.auth.application.port.out.migration.MigrationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The operator's migrations between stores (SPEC §11, ADR 0024). Credentials are checked before anything else; the
 * work itself is done by the runners, which pick up what is asked here within seconds.
 */
@Controller("/operator/migrations")
@Tag(name = "operator")
@ExecuteOn(TaskExecutors.BLOCKING)
class MigrationController {

    private final OperatorAccess access;
    private final StartMigrationUseCase starts;
    private final ControlMigrationUseCase controls;
    private final ViewMigrationsUseCase migrations;

    MigrationController(OperatorAccess access, StartMigrationUseCase starts, ControlMigrationUseCase controls, ViewMigrationsUseCase migrations) {
        this.access = access;
        this.starts = starts;
        this.controls = controls;
        this.migrations = migrations;
    }

    @Post
    @Operation(summary = "Start a migration from one store to another: {from, to, miners: \"all\" | [hotkeys], dry_run?, batch_size?, verify?}")
    HttpResponse<MigrationView.Started> start(HttpRequest<?> request, @Nullable @Body Map<String, Object> body) {
        access.admit(request, "migrate", "start");
        StartMigrationCommand command = MigrationRequest.command(body);
        MigrationId id = refusals(() -> starts.start(command));
        return HttpResponse.created(new MigrationView.Started(id.toString()));
    }

    @Get
    @Operation(summary = "Every migration, the newest first, with its progress")
    MigrationView.Listing list(HttpRequest<?> request) {
        access.admit(request, "migrate", "list");
        return new MigrationView.Listing(OperatorAccess.onLedger(migrations::list).stream().map(MigrationView::of).toList());
    }

    @Get("/{id}")
    @Operation(summary = "A migration's state, counts, rate and time left")
    MigrationView progress(HttpRequest<?> request, @PathVariable String id) {
        access.admit(request, "migrate", id);
        return MigrationView.of(OperatorAccess.onLedger(() -> MigrationId.parse(id).flatMap(migrations::progress))
                .orElseThrow(MigrationController::notFound));
    }

    @Get("/{id}/report")
    @Produces("text/csv")
    @Operation(summary = "Every object of a migration: key,size,source_etag,sha256,destination_etag,state,error")
    HttpResponse<String> report(HttpRequest<?> request, @PathVariable String id) {
        access.admit(request, "migrate", id);
        StringBuilder csv = new StringBuilder(MigrationReport.HEADER).append('\n');
        boolean found = OperatorAccess.onLedger(() -> MigrationId.parse(id)
                .map(known -> migrations.report(known, line -> MigrationReport.append(csv, line))).orElse(false));
        if (!found) {
            throw notFound();
        }
        return HttpResponse.ok(csv.toString()).contentType(MediaType.of("text/csv"));
    }

    @Post("/{id}/pause")
    @Operation(summary = "Pause a queued or running migration after its current batch")
    MigrationView pause(HttpRequest<?> request, @PathVariable String id) {
        return control(request, id, "pause", controls::pause);
    }

    @Post("/{id}/resume")
    @Operation(summary = "Resume a paused migration (after an operator's pause, or once credit is back)")
    MigrationView resume(HttpRequest<?> request, @PathVariable String id) {
        return control(request, id, "resume", controls::resume);
    }

    @Post("/{id}/rollback")
    @Operation(summary = "Delete from the destination what this migration created; 409 while the destination is in use")
    MigrationView rollback(HttpRequest<?> request, @PathVariable String id) {
        return control(request, id, "rollback", controls::rollback);
    }

    private MigrationView control(HttpRequest<?> request, String id, String action, Consumer<MigrationId> change) {
        access.admit(request, "migrate-" + action, id);
        MigrationId known = MigrationId.parse(id).orElseThrow(MigrationController::notFound);
        refusals(() -> {
            change.accept(known);
            return null;
        });
        return MigrationView.of(OperatorAccess.onLedger(() -> migrations.progress(known)).orElseThrow(MigrationController::notFound));
    }

    private static <T> T refusals(Supplier<T> call) {
        try {
            return OperatorAccess.onLedger(call);
        } catch (MigrationRefused refused) {
            throw new OperatorProblem(switch (refused.reason()) {
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case INVALID -> HttpStatus.BAD_REQUEST;
                case WRONG_STATE, DESTINATION_IN_USE -> HttpStatus.CONFLICT;
            }, refused.getMessage());
        }
    }

    private static OperatorProblem notFound() {
        return new OperatorProblem(HttpStatus.NOT_FOUND, "Migration not found");
    }
}
