package io.subnetstorage.auth.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.subnetstorage.auth.application.port.in.CleanupDepartedMinersUseCase;
import io.subnetstorage.auth.application.port.in.DeregisterMinerUseCase;
import io.subnetstorage.auth.application.port.in.FollowMetagraphUseCase;
import io.subnetstorage.auth.application.port.in.RegisterMinerUseCase;
import io.subnetstorage.auth.application.port.out.ExclusiveJobs;
import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.application.port.out.SnapshotSizes;
import io.subnetstorage.auth.application.service.CleanupDepartedMinersService;
import io.subnetstorage.auth.application.service.DeregisterMinerService;
import io.subnetstorage.auth.application.service.FollowMetagraphService;
import io.subnetstorage.auth.application.service.RegisterMinerService;
import io.subnetstorage.auth.application.service.SignedRequestGate;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.config.OperatorConfig;
import io.subnetstorage.auth.bootstrap.config.RegistrationConfig;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The miner lifecycle (SPEC §8): registration, deregistration, following the metagraph, cleanup. */
@Factory
class LifecycleFactory {

    /** One per process: which miners' own buckets are known to exist and be the service's. */
    @Singleton
    MinerBuckets minerBuckets() {
        return new MinerBuckets();
    }

    @Singleton
    RegisterMinerUseCase registerMiner(SignedRequestGate gate, StoreRouter router, MinerRegistrations registrations,
            MinerBuckets buckets) {
        return new RegisterMinerService(gate, router, registrations, buckets);
    }

    @Singleton
    DeregisterMinerUseCase deregisterMiner(SignedRequestGate gate, MinerRegistrations registrations, OperatorConfig operator,
            RegistrationConfig registration) {
        return new DeregisterMinerService(gate, registrations, operator.ownerHotkey(), registration.retention());
    }

    @Singleton
    FollowMetagraphUseCase followMetagraph(MinerRegistrations registrations, SnapshotSizes sizes, ChainConfig chain,
            RegistrationConfig registration, Clock clock) {
        return new FollowMetagraphService(registrations, sizes, chain.netuid(), registration.retention(), clock);
    }

    @Singleton
    CleanupDepartedMinersUseCase cleanupDepartedMiners(MinerRegistrations registrations, ExclusiveJobs jobs, StoreRouter router,
            MinerBuckets buckets, RegistrationConfig registration, Clock clock) {
        return new CleanupDepartedMinersService(registrations, jobs, router, buckets, registration.deleteDataOnCleanup(), clock);
    }
}
