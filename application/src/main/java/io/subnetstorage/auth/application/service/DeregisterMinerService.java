package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.DeregisterMinerCommand;
import io.subnetstorage.auth.application.port.in.DeregisterMinerUseCase;
import io.subnetstorage.auth.application.port.in.MinerDeregistered;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.registration.Registration;
import io.subnetstorage.auth.domain.registration.RegistrationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Deregisters a miner: signed by the miner or by the subnet owner (neither needs to be on the metagraph: the
 * miner may have left it). Its cleanup is due {@code MINER_RETENTION} later; deregistering again answers
 * the cleanup already scheduled.
 */
public final class DeregisterMinerService implements DeregisterMinerUseCase {

    static final String BY_MINER = "deregistered by the miner";
    static final String BY_OWNER = "deregistered by the subnet owner";

    private final SignedRequestGate gate;
    private final MinerRegistrations registrations;
    private final Optional<Hotkey> owner;
    private final Duration retention;

    public DeregisterMinerService(SignedRequestGate gate, MinerRegistrations registrations, Optional<Hotkey> owner, Duration retention) {
        this.gate = gate;
        this.registrations = registrations;
        this.owner = owner;
        this.retention = retention;
    }

    @Override
    public MinerDeregistered deregister(DeregisterMinerCommand command) {
        Admission admission = gate.admit(AdmissionRequest.signatureOnly(command.envelope(), command.commitment()));
        Hotkey signer = admission.signer();
        boolean byMiner = signer.equals(command.miner());
        if (!byMiner && owner.filter(signer::equals).isEmpty()) {
            throw gate.refuse(admission, ReasonCode.NOT_MINER_OR_OWNER);
        }
        Registration registration;
        try {
            Registration current = registrations.find(command.miner());
            if (current.status() == RegistrationStatus.NONE || current.status() == RegistrationStatus.ARCHIVED) {
                throw gate.refuse(admission, ReasonCode.MINER_NOT_FOUND);
            }
            Instant cleanupAt = admission.now().plus(retention);
            registration = current.status() == RegistrationStatus.DEREGISTERED && current.cleanupAt().isPresent()
                    ? current
                    : registrations.deregister(command.miner(), command.reason().orElse(byMiner ? BY_MINER : BY_OWNER), admission.now(),
                            cleanupAt);
        } catch (DependencyUnavailable down) {
            throw gate.refuse(admission, ReasonCode.GRANT_LEDGER_UNAVAILABLE);
        }
        gate.recordAnswered(admission);
        return new MinerDeregistered(retention, registration.cleanupAt().orElseThrow());
    }
}
