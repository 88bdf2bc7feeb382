package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.web.router.Router;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.MetagraphStatus;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.bootstrap.health.Readiness;
import io.subnetstorage.auth.bootstrap.metrics.RecentActivity;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.membership.ValidatorHasPermitAndStake;
import io.micronaut.context.BeanProvider;
import io.micronaut.scheduling.TaskExecutors;
import io.subnetstorage.auth.application.port.in.migration.ViewMigrationsUseCase;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code GET /status.json}, the data of the status page ({@link StatusPageController}) besides {@code /healthcheck}.
 * Public, as {@code /healthcheck} and {@code /metrics} are: nothing in it names a hotkey.
 */
@Controller
@Tag(name = "status")
class StatusController {

    private static final String MIGRATIONS = "/operator/migrations";

    private final Readiness readiness;
    private final MetagraphSource metagraph;
    private final ChainConfig chain;
    private final DeploymentConfig deployment;
    private final RecentActivity activity;
    private final Provider<Router> router;
    private final Clock clock;
    private final BeanProvider<ViewMigrationsUseCase> migrations;
    private final ExecutorService blocking;

    StatusController(Readiness readiness, MetagraphSource metagraph, ChainConfig chain, DeploymentConfig deployment,
            RecentActivity activity, Provider<Router> router, Clock clock, BeanProvider<ViewMigrationsUseCase> migrations,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.migrations = migrations;
        this.blocking = blocking;
        this.readiness = readiness;
        this.metagraph = metagraph;
        this.chain = chain;
        this.deployment = deployment;
        this.activity = activity;
        this.router = router;
        this.clock = clock;
    }

    @Get("/status.json")
    @Operation(summary = "What the status page shows: readiness, metagraph, this instance's grants and refusals of the last hour")
    CompletableFuture<StatusReport> status() {
        // The migrations are a database read: off the event loop.
        return readiness.notReady().thenApplyAsync(missing -> new StatusReport(clock.instant().toString(), missing.isEmpty(),
                missing, metagraph(), deployment.redisUrl().isPresent() ? HealthController.REDIS : HealthController.IN_PROCESS, StatusReport.Activity.of(activity.lastHour()),
                migrations(), new StatusReport.OperatorViews(router.get().route(HttpMethod.GET, MIGRATIONS).isPresent())), blocking);
    }

    /** Empty when there are none, or the ledger cannot be read now (the page says what it can, never fails). */
    private List<StatusReport.Migration> migrations() {
        try {
            return migrations.find(null).map(view -> view.list().stream().map(StatusReport.Migration::of).toList()).orElse(List.of());
        } catch (RuntimeException ledgerAway) {
            return List.of();
        }
    }

    private StatusReport.Metagraph metagraph() {
        Instant now = clock.instant();
        Optional<MetagraphSnapshot> snapshot = metagraph.current();
        MetagraphStatus status = metagraph.status();
        ValidatorHasPermitAndStake validator = new ValidatorHasPermitAndStake(chain.minValidatorStakeRao());
        int validators = snapshot.map(graph -> (int) graph.neurons().stream()
                .filter(neuron -> validator.check(graph, neuron.hotkey()).allowed()).count()).orElse(0);
        return new StatusReport.Metagraph(status.source(), snapshot.map(MetagraphSnapshot::netuid).orElse(chain.netuid()),
                snapshot.map(MetagraphSnapshot::size).orElse(0), validators,
                snapshot.map(graph -> Math.max(0, graph.age(now).toSeconds())).orElse(null), chain.maxAge().toSeconds(),
                status.degraded(), status.lastSync().map(Instant::toString).orElse(null), status.lastError().orElse(null));
    }
}
