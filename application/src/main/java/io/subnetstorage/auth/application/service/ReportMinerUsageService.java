package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.MinerUsage;
import io.subnetstorage.auth.application.port.in.ReportMinerUsageCommand;
import io.subnetstorage.auth.application.port.in.ReportMinerUsageUseCase;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.application.storage.StorageCap;
import io.subnetstorage.auth.application.storage.StoredBytes;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.quota.DailyQuotas;
import io.subnetstorage.auth.domain.quota.QuotaCounter;
import io.subnetstorage.auth.domain.registration.Registration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Tells a miner its usage. Signed and single-use like every request, but it hands out nothing, so it costs
 * no quota and writes no ledger row; the audit trail records it. A store that cannot be listed leaves
 * {@code stored_bytes} empty rather than failing the answer.
 */
public final class ReportMinerUsageService implements ReportMinerUsageUseCase {

    private final SignedRequestGate gate;
    private final QuotaLimiter quotas;
    private final StoredBytes storedBytes;
    private final StorageCap storageCap;
    private final MinerRegistrations registrations;

    public ReportMinerUsageService(SignedRequestGate gate, QuotaLimiter quotas, StoredBytes storedBytes, StorageCap storageCap,
            MinerRegistrations registrations) {
        this.gate = gate;
        this.registrations = registrations;
        this.quotas = quotas;
        this.storedBytes = storedBytes;
        this.storageCap = storageCap;
    }

    @Override
    public MinerUsage report(ReportMinerUsageCommand command) {
        Admission admission = gate.admit(AdmissionRequest.miner(command.envelope(), command.commitment(), Optional.empty()));
        var miner = admission.signer();
        long grants;
        long files;
        try {
            grants = quotas.usage(QuotaCounter.MINER_GRANTS, Optional.of(miner), admission.now());
            files = quotas.usage(QuotaCounter.MINER_FILES, Optional.of(miner), admission.now());
        } catch (DependencyUnavailable down) {
            throw gate.refuse(admission, ReasonCode.RATE_LIMITER_UNAVAILABLE);
        }
        Registration registration;
        try {
            registration = registrations.find(miner);
        } catch (DependencyUnavailable down) {
            throw gate.refuse(admission, ReasonCode.GRANT_LEDGER_UNAVAILABLE);
        }
        OptionalLong stored;
        try {
            stored = storedBytes.of(miner);
        } catch (RuntimeException unlistable) {
            stored = OptionalLong.empty();
        }
        gate.recordAnswered(admission);
        DailyQuotas limits = gate.quotas();
        return new MinerUsage(miner, grants, files, limits.perMiner(), limits.filesPerMiner(), stored, storageCap.capBytes(),
                registration.status().label(), registration.cleanupAt());
    }
}
