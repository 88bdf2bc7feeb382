package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.config.LimitsConfig;
import io.subnetstorage.auth.bootstrap.health.CachedProbe;
import io.subnetstorage.auth.bootstrap.health.ProbePolicy;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * The daily limits in force and today's global usage, with the field names of the deployed service. Anyone
 * may ask, so the usage is read from the limiter (Redis) at most once per probe TTL, off the event loop,
 * and the store is never asked anything (bucket and region are configuration).
 */
@Controller
@Tag(name = "info")
class RateLimitsController {

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Limits(long dailyLimitPerMiner, long dailyLimitPerValidator, long totalDailyLimit, long dailyFileLimitPerMiner,
            long dailyListPagesPerValidator) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Usage(long globalRequestsToday, long globalRemaining, String resetTime) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Environment(String network, int subnetId, @io.micronaut.core.annotation.Nullable String bucket, String region) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record RateLimits(Limits rateLimits, Usage currentUsage, Environment environment, Map<String, String> limitsExplanation) {
    }

    private final DailyQuotas quotas;
    private final ChainConfig chain;
    private final StoreRouter router;
    private final CachedProbe<OptionalLong> globalUsage;

    RateLimitsController(LimitsConfig limits, ChainConfig chain, QuotaLimiter limiter, StoreRouter router, ProbePolicy policy,
            Clock clock, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.quotas = limits.quotas();
        this.chain = chain;
        this.router = router;
        this.globalUsage = new CachedProbe<>(() -> {
            try {
                return OptionalLong.of(limiter.globalUsage(clock.instant()));
            } catch (DependencyUnavailable e) {
                return OptionalLong.empty();
            }
        }, policy.ttl(), clock, executor);
    }

    /** The upload store's bucket and region, as the deployed service names its one bucket. */
    private Environment environment() {
        ObjectStore upload = router.stores().get(router.phases().uploadStore());
        return new Environment(chain.networkLabel(), chain.netuid(),
                upload.layout().allMiners().map(all -> all.bucket().value()).orElse(null), upload.descriptor().region());
    }

    @Get("/rate-limits")
    @Operation(summary = "Daily limits and today's global usage")
    CompletableFuture<HttpResponse<?>> rateLimits() {
        return globalUsage.get().thenApply(probed -> probed.value().isPresent()
                ? HttpResponse.ok(body(probed.value().getAsLong()))
                : HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new ErrorBody("Rate limiter unavailable")));
    }

    private RateLimits body(long used) {
        return new RateLimits(
                new Limits(quotas.perMiner(), quotas.perValidator(), quotas.global(), quotas.filesPerMiner(),
                        quotas.listPagesPerValidator()),
                new Usage(used, Math.max(0, quotas.global() - used), "Midnight UTC daily"),
                environment(),
                Map.of(
                        "daily_limit_per_miner", "Grants one miner hotkey may receive per UTC day",
                        "daily_limit_per_validator", "Grants one validator hotkey may receive per UTC day; "
                                + "miners and validators are counted apart",
                        "total_daily_limit", "Grants the whole service hands out per UTC day",
                        "daily_file_limit_per_miner", "Presigned object upload URLs one miner may receive per UTC day",
                        "daily_list_pages_per_validator", "Listing pages after a signature's first that one validator may "
                                + "fetch per UTC day; the first page counts as a grant",
                        "charging", "Only requests that pass signature and membership checks are counted"));
    }
}
