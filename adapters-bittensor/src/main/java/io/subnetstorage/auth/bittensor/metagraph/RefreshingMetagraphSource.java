package io.subnetstorage.auth.bittensor.metagraph;

import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.MetagraphStatus;
import io.subnetstorage.auth.application.redaction.RedactedUri;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The metagraph kept in memory from a Subtensor node. Requests only ever read the current immutable
 * snapshot; one daemon thread syncs at start, then every {@code syncInterval}, or {@code retryDelay}
 * after a failure. A failed sync keeps the last good snapshot and reports degraded, so a node outage
 * does not lock everyone out at once (the caller decides how old a snapshot may get).
 */
public final class RefreshingMetagraphSource implements MetagraphSource, AutoCloseable {

    public static final String SOURCE = "subtensor";
    private static final System.Logger LOG = System.getLogger(RefreshingMetagraphSource.class.getName());

    private final SubtensorSettings settings;
    private final Clock clock;
    private final List<Consumer<MetagraphSnapshot>> listeners;
    private final SubtensorClient client;
    private final ScheduledExecutorService scheduler;
    private final AtomicReference<Held> held = new AtomicReference<>(Held.EMPTY);

    private RefreshingMetagraphSource(SubtensorSettings settings, Clock clock, List<Consumer<MetagraphSnapshot>> listeners) {
        this.settings = settings;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
        this.client = new SubtensorClient(settings);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "metagraph-sync-" + settings.netuid());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts syncing and waits at most {@code initialWait} for the first snapshot. If the node is slow
     * or down the source starts empty and degraded, and the background thread keeps trying.
     */
    public static RefreshingMetagraphSource start(SubtensorSettings settings, Clock clock,
            List<Consumer<MetagraphSnapshot>> listeners) {
        RefreshingMetagraphSource source = new RefreshingMetagraphSource(settings, clock, listeners);
        Future<?> first = source.scheduler.submit(source::syncAndReschedule);
        try {
            first.get(settings.initialWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.log(Level.WARNING, "no metagraph from {0} within {1}; starting without one",
                    RedactedUri.of(settings.endpoint()), settings.initialWait());
        } catch (ExecutionException e) {
            LOG.log(Level.ERROR, "first metagraph sync crashed: " + RedactedUri.scrub(String.valueOf(e.getCause())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return source;
    }

    @Override
    public Optional<MetagraphSnapshot> current() {
        return held.get().snapshot();
    }

    @Override
    public MetagraphStatus status() {
        return held.get().status();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private void syncAndReschedule() {
        Duration next = settings.syncInterval();
        try {
            sync();
        } catch (RuntimeException e) {
            next = settings.retryDelay();
            // Scrubbed: the error is shown in /healthcheck, and a message may quote the endpoint with its API key.
            String error = RedactedUri.scrub(e.getMessage() == null ? e.toString() : e.getMessage());
            Held failed = held.updateAndGet(previous -> previous.failed(error));
            LOG.log(Level.WARNING, "metagraph sync failed, keeping {0}, retry in {1}: {2}",
                    failed.snapshot().map(Object::toString).orElse("no snapshot"), next, error);
        }
        if (!scheduler.isShutdown()) {
            scheduler.schedule(this::syncAndReschedule, next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void sync() {
        ChainRead read = client.read();
        MetagraphSnapshot snapshot = Snapshots.of(settings.netuid(), read.neurons(), read.block(), clock.instant());
        held.set(Held.synced(snapshot, read.degradedBy()));
        for (Consumer<MetagraphSnapshot> listener : listeners) {
            try {
                listener.accept(snapshot);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "metagraph listener " + listener + " failed; syncing continues", e);
            }
        }
    }

    /** The snapshot and its status, swapped together so a reader never sees one without the other. */
    private record Held(Optional<MetagraphSnapshot> snapshot, MetagraphStatus status) {

        static final Held EMPTY = new Held(Optional.empty(),
                new MetagraphStatus(SOURCE, true, Optional.empty(), Optional.of("first sync pending")));

        static Held synced(MetagraphSnapshot snapshot, Optional<String> degradedBy) {
            return new Held(Optional.of(snapshot),
                    new MetagraphStatus(SOURCE, degradedBy.isPresent(), Optional.of(snapshot.syncedAt()), degradedBy));
        }

        Held failed(String error) {
            return new Held(snapshot, new MetagraphStatus(SOURCE, true, snapshot.map(MetagraphSnapshot::syncedAt),
                    Optional.of(error)));
        }
    }
}
