package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.MetagraphStatus;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.storage.StoreRouter;
import java.util.LinkedHashMap;
import java.util.Map;
import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.application.port.out.storage.StoreHealth;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Clock;
import java.util.Optional;

/**
 * Always 200, whatever is down: {@code status} is {@code degraded} when the store or the rate limiter
 * cannot be reached, or the metagraph is missing, failing to refresh or older than METAGRAPH_MAX_AGE.
 */
@Controller
@Tag(name = "status")
class HealthController {

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Syncer(boolean enabled, String source, int netuid, long syncInterval, int hotkeysCount,
            @Nullable String lastSync, boolean degraded, @Nullable String lastError) {
    }

    /** One configured store: what it is, the first role it plays in the phase, and whether it answers. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record StoreStatus(String kind, @Nullable String role, boolean ok, long latencyMs, @Nullable String error) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Health(String status, boolean s3Ok, long s3LatencyMs, @Nullable String s3Error, boolean redisOk,
            String rateLimiter, Syncer metagraphSyncer, RequestStats.Snapshot stats, @Nullable String bucket, String region,
            String folderStructure, Map<String, StoreStatus> stores) {
    }

    private final StoreRouter router;
    private final QuotaLimiter limiter;
    private final MetagraphSource metagraph;
    private final ChainConfig chain;
    private final DeploymentConfig deployment;
    private final RequestStats stats;
    private final Clock clock;

    HealthController(StoreRouter router, QuotaLimiter limiter, MetagraphSource metagraph, ChainConfig chain,
            DeploymentConfig deployment, RequestStats stats, Clock clock) {
        this.router = router;
        this.limiter = limiter;
        this.metagraph = metagraph;
        this.chain = chain;
        this.deployment = deployment;
        this.stats = stats;
        this.clock = clock;
    }

    @Get("/healthcheck")
    @Operation(summary = "Liveness and dependency status; always 200")
    Health health() {
        ObjectStore upload = router.stores().get(router.phases().uploadStore());
        Map<String, StoreStatus> stores = new LinkedHashMap<>();
        StoreHealth s3 = null;
        for (ObjectStore store : router.stores().all()) {
            StoreHealth probed = store.health();
            if (store == upload) {
                s3 = probed;
            }
            stores.put(store.descriptor().name(), new StoreStatus(store.descriptor().kind().label(),
                    router.phases().roleOf(store.descriptor().kind()).orElse(null), probed.ok(), probed.latencyMillis(),
                    probed.error().orElse(null)));
        }
        boolean redisOk = limiter.reachable();
        Optional<MetagraphSnapshot> snapshot = metagraph.current();
        MetagraphStatus status = metagraph.status();
        boolean fresh = snapshot.isPresent() && snapshot.get().age(clock.instant()).compareTo(chain.maxAge()) <= 0;
        boolean ok = s3.ok() && redisOk && fresh && !status.degraded();
        Syncer syncer = new Syncer(chain.live(), status.source(),
                snapshot.map(MetagraphSnapshot::netuid).orElse(chain.netuid()),
                chain.syncInterval().toSeconds(),
                snapshot.map(MetagraphSnapshot::size).orElse(0),
                status.lastSync().map(Object::toString).orElse(null),
                status.degraded() || !fresh,
                status.lastError().orElse(null));
        return new Health(ok ? "ok" : "degraded", s3.ok(), s3.latencyMillis(), s3.error().orElse(null), redisOk,
                deployment.redisUrl().isPresent() ? "redis" : "in-process", syncer, stats.snapshot(),
                upload.layout().allMiners().map(all -> all.bucket().value()).orElse(null), upload.descriptor().region(),
                FolderPrefix.FOLDER_STRUCTURE, stores);
    }
}
