package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.subnetstorage.auth.application.port.in.IssueHippiusUploadAccessUseCase;
import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.application.port.out.storage.AccountCredit;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.bootstrap.health.CachedProbe;
import io.subnetstorage.auth.bootstrap.health.DependencyProbes;
import io.subnetstorage.auth.bootstrap.health.ProbeOutcome;
import io.subnetstorage.auth.bootstrap.health.ProbePolicy;
import io.subnetstorage.auth.domain.registration.Registration;
import io.subnetstorage.auth.domain.registration.RegistrationStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * {@code GET /hippius-health} (SPEC §8), present while a Hippius store is configured. Anyone may ask, so every
 * part is a cached reading: the store's and the database's checks are the shared {@link DependencyProbes}, the
 * registration counts a {@link CachedProbe} of their own, and the credit what the store's own calls last learned.
 */
@Controller
@Tag(name = "hippius")
@Requires(beans = IssueHippiusUploadAccessUseCase.class)
class HippiusHealthController {

    @Serdeable(naming = SnakeCaseStrategy.class)
    record HippiusHealth(String status, Map<String, String> components, long activeMiners, long totalBuckets, String credit) {
    }

    /** Registered miners and the buckets their folders are in; empty when the database could not be asked. */
    record Counts(long activeMiners, long totalBuckets) {
    }

    private final DependencyProbes probes;
    private final ObjectStore hippius;
    private final CachedProbe<Optional<Counts>> counts;

    HippiusHealthController(DependencyProbes probes, StoreRegistry stores, MinerRegistrations registrations, ProbePolicy policy,
            Clock clock, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.probes = probes;
        this.hippius = stores.get(StoreKind.HIPPIUS);
        this.counts = new CachedProbe<>(() -> count(registrations), policy.ttl(), clock, executor);
    }

    @Get("/hippius-health")
    @Operation(summary = "Hippius store, signing key, attribution records and account credit; cached, no store call per request")
    CompletableFuture<HippiusHealth> health() {
        CompletableFuture<ProbeOutcome> store = probes.stores().get(hippius.descriptor().name()).thenApply(probed -> probed.value());
        CompletableFuture<ProbeOutcome> database = probes.database().thenApply(probed -> probed.value());
        CompletableFuture<Optional<Counts>> known = counts.get().thenApply(probed -> probed.value());
        return CompletableFuture.allOf(store, database, known).thenApply(done -> answer(store.join(), database.join(), known.join()));
    }

    private HippiusHealth answer(ProbeOutcome store, ProbeOutcome database, Optional<Counts> known) {
        String account = store.ok() ? "ok" : refusedKey(store) ? "unknown" : "unreachable";
        String key = store.ok() ? "ok" : refusedKey(store) ? "rejected" : "unknown";
        String attribution = database.ok() ? "ok" : "unavailable";
        AccountCredit.State credit = hippius.credit().map(AccountCredit::state).orElse(AccountCredit.State.UNKNOWN);
        String status;
        if (!store.ok() || credit == AccountCredit.State.EXHAUSTED) {
            status = "unhealthy";
        } else if (!database.ok() || known.isEmpty()) {
            status = "degraded";
        } else {
            status = "healthy";
        }
        Counts counted = known.orElse(new Counts(0, 0));
        return new HippiusHealth(status, Map.of("master_account", account, "signing_key", key, "attribution_system", attribution),
                counted.activeMiners(), counted.totalBuckets(), credit.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The gateway answered and refused the key (403): the account is there, the key is not accepted. */
    private static boolean refusedKey(ProbeOutcome store) {
        String error = store.error().orElse("");
        return error.contains("403") || error.contains("InvalidAccessKeyId") || error.contains("SignatureDoesNotMatch")
                || error.contains("AccessDenied");
    }

    private Optional<Counts> count(MinerRegistrations registrations) {
        try {
            List<Registration> active = registrations.active().stream()
                    .filter(registration -> registration.status() == RegistrationStatus.REGISTERED).toList();
            long buckets = hippius.layout().allMiners().isPresent() ? 1
                    : active.stream().map(registration -> hippius.layout().minerFolder(registration.hotkey()).bucket()).distinct().count();
            return Optional.of(new Counts(active.size(), buckets));
        } catch (RuntimeException unavailable) {
            return Optional.empty();
        }
    }
}
