package io.subnetstorage.auth.bootstrap.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.subnetstorage.auth.bootstrap.health.NotReady;
import io.subnetstorage.auth.bootstrap.health.Readiness;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The probes of a process supervisor and a load balancer (SPEC §12). {@code /healthz}: the process answers HTTP, so
 * nothing to restart; it checks nothing else. {@code /readyz}: 200 when {@link Readiness} finds nothing missing, else
 * 503 naming each missing dependency; never blocks the event loop.
 */
@Controller
@Tag(name = "status")
class ReadinessController {

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Alive(String status) {
    }

    /** {@code detail} and an empty {@code not_ready} are written too, so a balancer's script finds the same fields either way. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Ready(boolean ready, @Nullable String detail, List<NotReady> notReady) {
    }

    private final Readiness readiness;

    ReadinessController(Readiness readiness) {
        this.readiness = readiness;
    }

    @Get("/healthz")
    @Operation(summary = "Liveness: 200 while the process serves HTTP")
    Alive healthz() {
        return new Alive("ok");
    }

    @Get("/readyz")
    @Operation(summary = "Readiness: 200 when the database, the stores serving clients, Redis (if configured) and a fresh "
            + "metagraph are there; else 503 listing what is not")
    CompletableFuture<HttpResponse<Ready>> readyz() {
        return readiness.notReady().thenApply(missing -> {
            if (missing.isEmpty()) {
                return HttpResponse.ok(new Ready(true, null, List.of()));
            }
            String detail = "Not ready: " + missing.stream().map(NotReady::name).collect(Collectors.joining(", "));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Ready(false, detail, missing));
        });
    }
}
