package io.subnetstorage.auth.bootstrap.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.scheduling.TaskExecutors;
import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.bootstrap.metrics.DependencyErrors;
import io.subnetstorage.auth.bootstrap.metrics.DependencyState;
import io.subnetstorage.auth.bootstrap.metrics.DependencyStates;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * The checks of each configured store, Redis and the database behind {@code /healthcheck} (and any later readiness
 * check), each a {@link CachedProbe}: callers share one check per dependency per TTL, run on the blocking
 * pool, never on the event loop. Failures are counted in {@code ssa_dependency_errors_total} and ups and
 * downs logged (the store and limiter wrappers do that for their checks; the database's is done here).
 */
@Singleton
public final class DependencyProbes {

    public static final String DATABASE_BACKEND = "postgresql";

    private final Map<String, CachedProbe<ProbeOutcome>> stores = new LinkedHashMap<>();
    private final Optional<CachedProbe<ProbeOutcome>> redis;
    private final CachedProbe<ProbeOutcome> database;
    private final DependencyState grantWrites;
    private final Clock clock;

    DependencyProbes(StoreRegistry registry, QuotaLimiter limiter, DatabaseCheck database, DeploymentConfig deployment,
            DependencyStates states, MeterRegistry meters, ProbePolicy policy, Clock clock,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        for (ObjectStore store : registry.all()) {
            stores.put(store.descriptor().name(),
                    new CachedProbe<>(() -> ProbeOutcome.of(store.health(policy.timeout())), policy.ttl(), clock, executor));
        }
        // Without REDIS_URL the limiter lives in this process: there is nothing to check.
        this.redis = deployment.redisUrl().map(url -> new CachedProbe<>(() -> ping(limiter), policy.ttl(), clock, executor));
        DependencyErrors databaseErrors = new DependencyErrors(meters, "database", DATABASE_BACKEND, states.database());
        this.database = new CachedProbe<>(() -> {
            ProbeOutcome outcome = database.run(policy.timeout());
            databaseErrors.observe(outcome.ok(), outcome.error().orElse("check failed"));
            return outcome;
        }, policy.ttl(), clock, executor);
        this.grantWrites = states.grantWrites();
        this.clock = clock;
    }

    /** One check per configured store, by name, in the order they were configured. */
    public Map<String, CompletableFuture<Probed<ProbeOutcome>>> stores() {
        Map<String, CompletableFuture<Probed<ProbeOutcome>>> checks = new LinkedHashMap<>();
        stores.forEach((name, probe) -> checks.put(name, answered(probe.get())));
        return checks;
    }

    /** Empty when no Redis is configured. */
    public Optional<CompletableFuture<Probed<ProbeOutcome>>> redis() {
        return redis.map(probe -> answered(probe.get()));
    }

    /**
     * The database check, failed as well while grant writes are failing: a full disk refuses every grant
     * (503) while {@code SELECT 1} still answers. A failed write counts at once, whatever the check's age.
     */
    public CompletableFuture<Probed<ProbeOutcome>> database() {
        return answered(database.get()).thenApply(probed -> grantWrites.isDown()
                ? new Probed<>(probed.value().failedBecause("grant ledger writes fail: " + grantWrites.lastFailure()),
                        probed.checkedAt())
                : probed);
    }

    /** Every check, once each has answered (at once from the cache, or after the very first checks). */
    public CompletableFuture<DependencyChecks> all() {
        Map<String, CompletableFuture<Probed<ProbeOutcome>>> storeChecks = stores();
        Optional<CompletableFuture<Probed<ProbeOutcome>>> redisCheck = redis();
        CompletableFuture<Probed<ProbeOutcome>> databaseCheck = database();
        List<CompletableFuture<?>> every = new ArrayList<>(storeChecks.values());
        redisCheck.ifPresent(every::add);
        every.add(databaseCheck);
        return CompletableFuture.allOf(every.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<String, Probed<ProbeOutcome>> answered = new LinkedHashMap<>();
            storeChecks.forEach((name, check) -> answered.put(name, check.join()));
            return new DependencyChecks(answered, redisCheck.map(CompletableFuture::join), databaseCheck.join());
        });
    }

    /** A check that threw (a bug, not an outage) still answers, as failed: health answers whatever happens. */
    private CompletableFuture<Probed<ProbeOutcome>> answered(CompletableFuture<Probed<ProbeOutcome>> check) {
        return check.exceptionally(e -> new Probed<>(ProbeOutcome.failed(0, e.toString()), clock.instant()));
    }

    private static ProbeOutcome ping(QuotaLimiter limiter) {
        long start = System.nanoTime();
        boolean reachable = limiter.reachable();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return reachable ? new ProbeOutcome(true, millis, Optional.empty()) : ProbeOutcome.failed(millis, "no answer to PING");
    }
}
