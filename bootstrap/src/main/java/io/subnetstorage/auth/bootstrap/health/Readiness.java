package io.subnetstorage.auth.bootstrap.health;

import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Whether this instance can serve clients now (SPEC §12, {@code /readyz}): the database answers and takes grant writes,
 * every store that serves clients in the phase (upload, next upload, read) answers, Redis answers when REDIS_URL is
 * set, and the metagraph is there and no older than METAGRAPH_MAX_AGE. A mirror is left out: it is copied to behind the
 * requests, so its outage delays copies but refuses no client, and taking every instance out of a balancer for it would.
 * Built on {@link DependencyProbes}: shared, cached checks that never run on the event loop.
 */
@Singleton
public final class Readiness {

    static final String MIRROR_ROLE = "mirror";

    private final DependencyProbes probes;
    private final StoreRouter router;
    private final MetagraphSource metagraph;
    private final ChainConfig chain;
    private final Clock clock;

    Readiness(DependencyProbes probes, StoreRouter router, MetagraphSource metagraph, ChainConfig chain, Clock clock) {
        this.probes = probes;
        this.router = router;
        this.metagraph = metagraph;
        this.chain = chain;
        this.clock = clock;
    }

    /** What is not ready, in the order database, stores, rate limiter, metagraph; empty when ready. */
    public CompletableFuture<List<NotReady>> notReady() {
        return probes.all().thenApply(checks -> {
            List<NotReady> missing = new ArrayList<>();
            failed("database", checks.database()).ifPresent(missing::add);
            for (ObjectStore store : router.stores().all()) {
                String name = store.descriptor().name();
                Optional<String> role = router.phases().roleOf(store.descriptor().kind());
                if (role.isPresent() && !role.get().equals(MIRROR_ROLE)) {
                    failed("store:" + name, checks.stores().get(name)).ifPresent(missing::add);
                }
            }
            checks.redis().flatMap(check -> failed("rate-limiter", check)).ifPresent(missing::add);
            metagraphProblem().ifPresent(problem -> missing.add(new NotReady("metagraph", problem)));
            return List.copyOf(missing);
        });
    }

    private static Optional<NotReady> failed(String name, Probed<ProbeOutcome> check) {
        ProbeOutcome outcome = check.value();
        return outcome.ok() ? Optional.empty() : Optional.of(new NotReady(name, outcome.error().orElse("check failed")));
    }

    private Optional<String> metagraphProblem() {
        Optional<MetagraphSnapshot> snapshot = metagraph.current();
        if (snapshot.isEmpty()) {
            return Optional.of("no snapshot yet" + metagraph.status().lastError().map(error -> ": " + error).orElse(""));
        }
        Duration age = snapshot.get().age(clock.instant());
        if (age.compareTo(chain.maxAge()) > 0) {
            return Optional.of("snapshot is " + age.toSeconds() + " s old, over METAGRAPH_MAX_AGE (" + chain.maxAge().toSeconds() + " s)");
        }
        return Optional.empty();
    }
}
