package io.subnetstorage.auth.bootstrap.wiring;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.in.FollowMetagraphUseCase;
import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.MinerRegistry;
import io.subnetstorage.auth.bittensor.metagraph.FileMetagraphSource;
import io.subnetstorage.auth.bittensor.metagraph.RefreshingMetagraphSource;
import io.subnetstorage.auth.bittensor.metagraph.SubtensorSettings;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.lifecycle.ShutdownSequence;
import io.subnetstorage.auth.bootstrap.metrics.MetagraphMeters;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metagraph: synced from a Subtensor node when BT_NETWORK or SUBTENSOR_ENDPOINT is set, else read
 * from METAGRAPH_FILE or the packaged development file. Every snapshot is handed to the miner registry
 * and to the registrations, which schedule the cleanup of miners that left (SPEC §8).
 */
@Factory
class MetagraphFactory {

    static final String DEV_METAGRAPH = "metagraph/dev-metagraph.json";
    private static final Logger LOG = LoggerFactory.getLogger(MetagraphFactory.class);

    @Singleton
    MetagraphSource metagraphSource(ChainConfig chain, Clock clock, BeanProvider<MinerRegistry> registry,
            BeanProvider<FollowMetagraphUseCase> registrations, MeterRegistry meters, ShutdownSequence shutdown) {
        Consumer<MetagraphSnapshot> reconcile = snapshot -> {
            reconcile(registry, snapshot, clock);
            follow(registrations, snapshot);
        };
        MetagraphSource source;
        if (chain.live()) {
            URI endpoint = chain.subtensorEndpoint().orElseGet(
                    () -> SubtensorSettings.endpointFor(chain.network().orElseThrow().label()));
            SubtensorSettings settings = SubtensorSettings.of(endpoint, chain.netuid()).withSyncInterval(chain.syncInterval());
            RefreshingMetagraphSource syncing = RefreshingMetagraphSource.start(settings, clock, List.of(reconcile));
            shutdown.onClose(ShutdownSequence.Stage.POOLS, "metagraph sync", syncing);
            source = syncing;
        } else {
            source = chain.metagraphFile()
                    .map(path -> new FileMetagraphSource(path, clock))
                    .orElseGet(() -> FileMetagraphSource.fromClasspath(DEV_METAGRAPH, getClass().getClassLoader(), clock));
            source.current().ifPresent(reconcile);
        }
        MetagraphMeters.bind(source, meters, clock);
        return source;
    }

    private static void reconcile(BeanProvider<MinerRegistry> registry, MetagraphSnapshot snapshot, Clock clock) {
        if (!registry.isPresent()) {
            return;
        }
        try {
            registry.get().reconcile(snapshot, clock.instant());
        } catch (RuntimeException e) {
            // The registry is bookkeeping; an outage must not stop the metagraph from being served.
            LOG.warn("Miner registry not updated for {}: {}", snapshot, e.getMessage());
        }
    }

    private static void follow(BeanProvider<FollowMetagraphUseCase> registrations, MetagraphSnapshot snapshot) {
        if (!registrations.isPresent()) {
            return;
        }
        try {
            if (!registrations.get().follow(snapshot)) {
                LOG.warn("Registrations did not follow {}: empty, another subnet's, or far smaller than a day ago", snapshot);
            }
        } catch (RuntimeException e) {
            // The next snapshot follows again; cleanups only move on accepted snapshots.
            LOG.warn("Registrations not updated for {}: {}", snapshot, e.getMessage());
        }
    }

}
