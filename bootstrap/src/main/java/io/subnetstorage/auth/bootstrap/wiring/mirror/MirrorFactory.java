package io.subnetstorage.auth.bootstrap.wiring.mirror;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.scheduling.TaskExecutors;
import io.subnetstorage.auth.application.mirror.CopyToMirrorService;
import io.subnetstorage.auth.application.mirror.FollowUploadGrantsService;
import io.subnetstorage.auth.application.mirror.MirrorBookkeeping;
import io.subnetstorage.auth.application.mirror.MirrorTopology;
import io.subnetstorage.auth.application.mirror.NewWork;
import io.subnetstorage.auth.application.mirror.ReportMirrorLagService;
import io.subnetstorage.auth.application.mirror.ScanForMirrorsService;
import io.subnetstorage.auth.application.port.in.mirror.CopyToMirrorUseCase;
import io.subnetstorage.auth.application.port.in.mirror.FollowUploadGrantsUseCase;
import io.subnetstorage.auth.application.port.in.mirror.ReportMirrorLagUseCase;
import io.subnetstorage.auth.application.port.in.mirror.ScanForMirrorsUseCase;
import io.subnetstorage.auth.application.port.out.ExclusiveJobs;
import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.application.port.out.mirror.MirrorLedger;
import io.subnetstorage.auth.application.port.out.mirror.MirrorSources;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.StorePhases;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.bootstrap.config.MirrorConfig;
import io.subnetstorage.auth.bootstrap.config.UploadConfig;
import io.subnetstorage.auth.bootstrap.health.MirrorLagView;
import io.subnetstorage.auth.bootstrap.metrics.MeteredMirrorEvents;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/** The mirror use cases over the configured stores and the PostgreSQL ledger, and their lag in metrics. */
@Factory
class MirrorFactory {

    /** How old an upload grant is before its miner's folder is scanned: time for what it was for to arrive. */
    static final Duration GRANT_SETTLE = Duration.ofSeconds(30);

    @Singleton
    MirrorTopology mirrorTopology(StoreRegistry stores, StorePhases phases) {
        return new MirrorTopology(stores, phases);
    }

    @Singleton
    NewWork newWork() {
        return new NewWork();
    }

    @Singleton
    MirrorBookkeeping mirrorBookkeeping(MirrorLedger ledger, MirrorSources sources, Clock clock, NewWork newWork) {
        return new MirrorBookkeeping(ledger, sources, clock, newWork);
    }

    @Singleton
    ScanForMirrorsUseCase scanForMirrors(MirrorTopology topology, MirrorBookkeeping books, MetagraphSource metagraph,
            MinerRegistrations registrations, ExclusiveJobs jobs, MirrorConfig mirror) {
        return new ScanForMirrorsService(topology, books, metagraph, registrations, jobs, mirror.scanInterval());
    }

    @Singleton
    FollowUploadGrantsUseCase followUploadGrants(MirrorTopology topology, MirrorBookkeeping books, ExclusiveJobs jobs) {
        return new FollowUploadGrantsService(topology, books, jobs, GRANT_SETTLE);
    }

    /** Objects for batch stores are spooled under DATA_DIR: the packaged unit may write nowhere else that is large. */
    @Singleton
    CopyToMirrorUseCase copyToMirror(MirrorTopology topology, MirrorBookkeeping books, MinerBuckets buckets, UploadConfig uploads,
            MeterRegistry meters, DeploymentConfig deployment) {
        Path spool = deployment.dataDir().resolve("mirror-spool");
        try {
            Files.createDirectories(spool);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the mirrors' spool folder " + spool + " (DATA_DIR)", e);
        }
        return new CopyToMirrorService(topology, books, buckets, uploads.multipartThreshold(), new MeteredMirrorEvents(meters), spool);
    }

    @Singleton
    ReportMirrorLagUseCase reportMirrorLag(MirrorTopology topology, MirrorLedger ledger) {
        return new ReportMirrorLagService(topology, ledger);
    }

    /** {@code ssa_mirror_lag_objects{mirror}} and {@code ssa_mirror_lag_seconds{mirror}}, read from the cached lag. */
    @Singleton
    MirrorLagView mirrorLagView(ReportMirrorLagUseCase lag, MirrorTopology topology, MeterRegistry meters, Clock clock,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        MirrorLagView view = new MirrorLagView(lag, clock, executor);
        topology.targets().forEach(mirror -> {
            Gauge.builder("ssa.mirror.lag.objects", view, v -> v.now(mirror).map(l -> (double) l.objects()).orElse(Double.NaN))
                    .description("Objects not yet verified on the mirror (pending, copied or failed); NaN before the first reading")
                    .tag("mirror", mirror.label()).register(meters);
            Gauge.builder("ssa.mirror.lag", view, v -> v.now(mirror).map(l -> l.age(clock.instant()).toMillis() / 1000.0).orElse(Double.NaN))
                    .description("Age of the oldest object not yet verified on the mirror; 0 when none waits")
                    .baseUnit("seconds").tag("mirror", mirror.label()).register(meters);
        });
        return view;
    }
}
