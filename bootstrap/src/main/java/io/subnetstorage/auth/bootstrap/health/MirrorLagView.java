package io.subnetstorage.auth.bootstrap.health;

import io.subnetstorage.auth.application.port.in.mirror.ReportMirrorLagUseCase;
import io.subnetstorage.auth.application.port.out.mirror.MirrorLag;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The mirrors' lag as {@code /healthcheck} and {@code /metrics} read it: a {@link CachedProbe} of the ledger's
 * answer, so neither a health call nor a scrape queries the database, and none runs on the event loop.
 */
public final class MirrorLagView {

    /** How long one reading of the ledger serves: lag moves by the scan interval, minutes. */
    public static final Duration TTL = Duration.ofSeconds(15);

    private final CachedProbe<Map<StoreKind, MirrorLag>> probe;

    public MirrorLagView(ReportMirrorLagUseCase lag, Clock clock, Executor executor) {
        this.probe = new CachedProbe<>(lag::lag, TTL, clock, executor);
    }

    /** Never blocks once the first reading is in; an empty map while the ledger has never answered. */
    public CompletableFuture<Map<StoreKind, MirrorLag>> read() {
        return probe.get().thenApply(Probed::value).exceptionally(failed -> Map.of());
    }

    /** What is known right now, without waiting (for gauges); empty before the first answer. */
    public Optional<MirrorLag> now(StoreKind mirror) {
        try {
            return Optional.ofNullable(read().getNow(null)).map(lag -> lag.get(mirror));
        } catch (CompletionException | CancellationException failed) {
            return Optional.empty();
        }
    }
}
