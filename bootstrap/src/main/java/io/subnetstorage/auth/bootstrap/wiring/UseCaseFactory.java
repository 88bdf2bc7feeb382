package io.subnetstorage.auth.bootstrap.wiring;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantUseCase;
import io.subnetstorage.auth.application.port.in.IssueMinerSpecificAccessUseCase;
import io.subnetstorage.auth.application.port.in.IssueObjectUploadUseCase;
import io.subnetstorage.auth.application.port.in.ReportMinerUsageUseCase;
import io.subnetstorage.auth.application.port.in.IssueValidatorAccessUseCase;
import io.subnetstorage.auth.application.port.in.PresignMinerFilesUseCase;
import io.subnetstorage.auth.application.port.in.PresignMinerFoldersUseCase;
import io.subnetstorage.auth.application.port.in.PresignMinerListPageUseCase;
import io.subnetstorage.auth.application.port.out.AuditTrail;
import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.application.port.out.RevocationList;
import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.application.port.out.SingleUseCharges;
import io.subnetstorage.auth.application.port.out.storage.UploadLimits;
import io.subnetstorage.auth.application.service.AdmissionRules;
import io.subnetstorage.auth.application.service.AttributionGate;
import io.subnetstorage.auth.application.service.IssueMinerFolderGrantService;
import io.subnetstorage.auth.application.service.IssueMinerSpecificAccessService;
import io.subnetstorage.auth.application.service.IssueObjectUploadService;
import io.subnetstorage.auth.application.service.ReportMinerUsageService;
import io.subnetstorage.auth.application.service.UploadRules;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.application.storage.StorageCap;
import io.subnetstorage.auth.application.storage.StoredBytes;
import io.subnetstorage.auth.application.service.IssueValidatorAccessService;
import io.subnetstorage.auth.application.service.PresignMinerFilesService;
import io.subnetstorage.auth.application.service.PresignMinerFoldersService;
import io.subnetstorage.auth.application.service.PresignMinerListPageService;
import io.subnetstorage.auth.application.service.SignedRequestGate;
import io.subnetstorage.auth.bootstrap.config.AttributionConfig;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.config.LimitsConfig;
import io.subnetstorage.auth.bootstrap.config.UploadConfig;
import io.subnetstorage.auth.domain.identity.TimestampWithinWindow;
import io.subnetstorage.auth.domain.membership.ValidatorHasPermitAndStake;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the framework-free use cases from whatever port implementations the configuration chose.
 * The application layer knows nothing of Micronaut; this factory is the only place they meet.
 */
@Factory
class UseCaseFactory {

    /** How long {@code /get-folder-presigned-urls} may spend listing before answering 504. */
    static final Duration LISTING_BUDGET = Duration.ofSeconds(25);
    static final int LISTING_THREADS = 8;

    @Singleton
    AdmissionRules admissionRules(ChainConfig chain, LimitsConfig limits) {
        return new AdmissionRules(TimestampWithinWindow.DEPLOYED, new ValidatorHasPermitAndStake(chain.minValidatorStakeRao()),
                chain.checkColdkeyOwner(), chain.maxAge(), limits.maxGrantLifetime(), limits.quotas());
    }

    @Singleton
    SignedRequestGate signedRequestGate(SignatureVerifier signatures, MetagraphSource metagraph, RevocationList revocations,
            ReplayGuard replays, QuotaLimiter quotas, SingleUseCharges singleUseCharges, AuditTrail audit, GrantLedger ledger,
            AdmissionRules rules, Clock clock, MinerRegistrations registrations, StorageCap storageCap) {
        return new SignedRequestGate(signatures, metagraph, revocations, replays, quotas, singleUseCharges, audit, ledger, rules, clock,
                registrations, storageCap);
    }

    @Singleton
    StorageCap storageCap(StoredBytes storedBytes, UploadConfig uploads) {
        return new StorageCap(storedBytes, uploads.storageCapBytes());
    }

    @Singleton
    UploadRules uploadRules(UploadConfig uploads, AttributionConfig attribution) {
        return new UploadRules(UploadLimits.DEPLOYED, uploads.filenamePattern(), uploads.urlLifetime(), uploads.requireSize(),
                attribution.required());
    }

    @Singleton
    IssueMinerFolderGrantUseCase issueMinerFolderGrant(SignedRequestGate gate, StoreRouter router, UploadRules rules,
            MinerBuckets buckets, AttributionGate attributions) {
        return new IssueMinerFolderGrantService(gate, router, rules, buckets, attributions);
    }

    @Singleton
    IssueObjectUploadUseCase issueObjectUpload(SignedRequestGate gate, StoreRouter router, UploadRules rules,
            MinerBuckets buckets, AttributionGate attributions) {
        return new IssueObjectUploadService(gate, router, rules, buckets, attributions);
    }

    @Singleton
    ReportMinerUsageUseCase reportMinerUsage(SignedRequestGate gate, QuotaLimiter quotas, StoredBytes storedBytes,
            StorageCap storageCap, MinerRegistrations registrations) {
        return new ReportMinerUsageService(gate, quotas, storedBytes, storageCap, registrations);
    }

    @Singleton
    IssueValidatorAccessUseCase issueValidatorAccess(SignedRequestGate gate, StoreRouter router) {
        return new IssueValidatorAccessService(gate, router);
    }

    @Singleton
    IssueMinerSpecificAccessUseCase issueMinerSpecificAccess(SignedRequestGate gate, StoreRouter router) {
        return new IssueMinerSpecificAccessService(gate, router);
    }

    @Singleton
    PresignMinerListPageUseCase presignMinerListPage(SignedRequestGate gate, StoreRouter router) {
        return new PresignMinerListPageService(gate, router);
    }

    @Singleton
    PresignMinerFoldersUseCase presignMinerFolders(SignedRequestGate gate, StoreRouter router, LimitsConfig limits,
            @Named("folder-listing") ExecutorService listing) {
        return new PresignMinerFoldersService(gate, router, LISTING_BUDGET, listing, limits.maxJobFoldersPerMiner());
    }

    /** Bounded so that one validator's walk over hundreds of miners cannot flood the store or the machine. */
    @Singleton
    @Named("folder-listing")
    @Bean(preDestroy = "shutdownNow")
    ExecutorService folderListing() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(LISTING_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "folder-listing-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Singleton
    PresignMinerFilesUseCase presignMinerFiles(SignedRequestGate gate, StoreRouter router) {
        return new PresignMinerFilesService(gate, router);
    }
}
