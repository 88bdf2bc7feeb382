package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.MinerRegistered;
import io.subnetstorage.auth.application.port.in.RegisterMinerCommand;
import io.subnetstorage.auth.application.port.in.RegisterMinerUseCase;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.registration.Registration;
import io.subnetstorage.auth.domain.registration.RegistrationStatus;
import java.util.Optional;

/**
 * Registers a miner on the metagraph with the service (SPEC §8) and, with per-miner buckets, makes sure its
 * bucket exists and is the service's. A registration hands out nothing: no quota, no ledger row; audited.
 */
public final class RegisterMinerService implements RegisterMinerUseCase {

    private final SignedRequestGate gate;
    private final StoreRouter router;
    private final MinerRegistrations registrations;
    private final MinerBuckets buckets;

    public RegisterMinerService(SignedRequestGate gate, StoreRouter router, MinerRegistrations registrations, MinerBuckets buckets) {
        this.gate = gate;
        this.router = router;
        this.registrations = registrations;
        this.buckets = buckets;
    }

    @Override
    public MinerRegistered register(RegisterMinerCommand command) {
        var miner = command.envelope().signer();
        Route route = router.objectUploads(miner);
        Admission admission = gate.admit(AdmissionRequest.miner(command.envelope(), command.commitment(), Optional.of(command.coldkey())));
        Registration registered;
        try {
            if (registrations.find(miner).status() == RegistrationStatus.REGISTERED) {
                throw gate.refuse(admission, ReasonCode.MINER_ALREADY_REGISTERED);
            }
            BucketChecks.ensureUsable(gate, buckets, admission, route);
            registered = registrations.register(miner, command.coldkey(), route.location().bucket().value(), admission.now());
        } catch (DependencyUnavailable down) {
            throw gate.refuse(admission, ReasonCode.GRANT_LEDGER_UNAVAILABLE);
        }
        gate.recordAnswered(admission);
        return new MinerRegistered(registered, route.location(), route.store().descriptor().endpoint());
    }

}
