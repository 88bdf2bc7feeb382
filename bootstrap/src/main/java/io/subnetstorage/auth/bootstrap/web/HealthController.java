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
import io.subnetstorage.auth.application.port.out.mirror.MirrorLag;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.health.DependencyProbes;
import io.subnetstorage.auth.bootstrap.health.MirrorLagView;
import io.subnetstorage.auth.bootstrap.health.ProbeOutcome;
import io.subnetstorage.auth.bootstrap.health.Probed;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Always 200, whatever is down: {@code status} is {@code degraded} when a store that plays a role in the
 * phase, Redis (when configured) or the database cannot be reached, grant writes fail, or the metagraph is
 * missing, failing to refresh or older than METAGRAPH_MAX_AGE. Non-blocking: the checks are
 * {@link DependencyProbes}, shared and cached, so anonymous callers can neither multiply store requests nor
 * tie up the event loop. {@code s3_*}, {@code bucket} and {@code region} describe the upload store, as the
 * deployed service's one bucket did.
 */
@Controller
@Tag(name = "status")
class HealthController {

    static final String REDIS = "redis";
    static final String IN_PROCESS = "in-process (single instance)";

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Syncer(boolean enabled, String source, int netuid, long syncInterval, int hotkeysCount,
            @Nullable String lastSync, boolean degraded, @Nullable String lastError) {
    }

    /** One dependency check as reported: {@code age_ms} is how long ago it answered (checks are cached). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Check(boolean ok, long latencyMs, long ageMs, @Nullable String error) {

        static Check of(Probed<ProbeOutcome> probed, Instant now) {
            ProbeOutcome outcome = probed.value();
            return new Check(outcome.ok(), outcome.latencyMillis(), Math.max(0, probed.age(now).toMillis()),
                    outcome.error().orElse(null));
        }
    }

    /**
     * One configured store: what it is, the first role it plays in the phase, and its last check; for a store that
     * receives copies (SPEC §10), how many objects it lacks, how long the oldest has waited, and its conflicts.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record StoreStatus(String kind, @Nullable String role, boolean ok, long latencyMs, long ageMs, @Nullable String error,
            @Nullable Long lagObjects, @Nullable Long lagSeconds, @Nullable Long conflicts) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Health(String status, boolean s3Ok, long s3LatencyMs, @Nullable String s3Error, boolean redisOk,
            String rateLimiter, boolean databaseOk, Map<String, Check> checks, Syncer metagraphSyncer,
            RequestStats.Snapshot stats, @Nullable String bucket, String region, String folderStructure,
            Map<String, StoreStatus> stores) {
    }

    private final DependencyProbes probes;
    private final StoreRouter router;
    private final MetagraphSource metagraph;
    private final ChainConfig chain;
    private final RequestStats stats;
    private final Clock clock;
    private final Optional<MirrorLagView> mirrors;

    HealthController(DependencyProbes probes, StoreRouter router, MetagraphSource metagraph, ChainConfig chain,
            RequestStats stats, Clock clock, @Nullable MirrorLagView mirrors) {
        this.mirrors = Optional.ofNullable(mirrors);
        this.probes = probes;
        this.router = router;
        this.metagraph = metagraph;
        this.chain = chain;
        this.stats = stats;
        this.clock = clock;
    }

    @Get("/healthcheck")
    @Operation(summary = "Liveness and dependency status; always 200")
    CompletableFuture<Health> health() {
        CompletableFuture<Map<StoreKind, MirrorLag>> lag = mirrors.map(MirrorLagView::read)
                .orElse(CompletableFuture.completedFuture(Map.of()));
        return probes.all().thenCombine(lag, (checks, behind) -> answer(checks.stores(), checks.redis(), checks.database(), behind));
    }

    private Health answer(Map<String, Probed<ProbeOutcome>> storeChecks, Optional<Probed<ProbeOutcome>> redis,
            Probed<ProbeOutcome> database, Map<StoreKind, MirrorLag> lag) {
        Instant now = clock.instant();
        ObjectStore upload = router.stores().get(router.phases().uploadStore());
        Probed<ProbeOutcome> s3 = storeChecks.get(upload.descriptor().name());
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("s3", Check.of(s3, now));
        redis.ifPresent(probed -> checks.put("redis", Check.of(probed, now)));
        checks.put("database", Check.of(database, now));

        boolean storesOk = true;
        Map<String, StoreStatus> stores = new LinkedHashMap<>();
        for (ObjectStore store : router.stores().all()) {
            Check check = Check.of(storeChecks.get(store.descriptor().name()), now);
            Optional<String> role = router.phases().roleOf(store.descriptor().kind());
            storesOk &= check.ok() || role.isEmpty();
            Optional<MirrorLag> behind = Optional.ofNullable(lag.get(store.descriptor().kind()));
            stores.put(store.descriptor().name(), new StoreStatus(store.descriptor().kind().label(), role.orElse(null),
                    check.ok(), check.latencyMs(), check.ageMs(), check.error(), behind.map(MirrorLag::objects).orElse(null),
                    behind.map(l -> l.age(now).toSeconds()).orElse(null), behind.map(MirrorLag::conflicts).orElse(null)));
        }

        Optional<MetagraphSnapshot> snapshot = metagraph.current();
        MetagraphStatus status = metagraph.status();
        boolean fresh = snapshot.isPresent() && snapshot.get().age(now).compareTo(chain.maxAge()) <= 0;
        boolean limiterOk = redis.map(probed -> probed.value().ok()).orElse(true);
        boolean ok = storesOk && limiterOk && database.value().ok() && fresh && !status.degraded();
        Syncer syncer = new Syncer(chain.live(), status.source(),
                snapshot.map(MetagraphSnapshot::netuid).orElse(chain.netuid()),
                chain.syncInterval().toSeconds(),
                snapshot.map(MetagraphSnapshot::size).orElse(0),
                status.lastSync().map(Object::toString).orElse(null),
                status.degraded() || !fresh,
                status.lastError().orElse(null));
        // redis_ok says whether Redis is in use and answering (SPEC §12); without it the limiter is in-process.
        return new Health(ok ? "ok" : "degraded", s3.value().ok(), s3.value().latencyMillis(),
                s3.value().error().orElse(null), redis.isPresent() && limiterOk,
                redis.isPresent() ? REDIS : IN_PROCESS, database.value().ok(), checks, syncer, stats.snapshot(),
                upload.layout().allMiners().map(all -> all.bucket().value()).orElse(null), upload.descriptor().region(),
                FolderPrefix.FOLDER_STRUCTURE, stores);
    }
}
