package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.MinerFolders;
import io.subnetstorage.auth.application.port.in.MinerFolders.JobFolder;
import io.subnetstorage.auth.application.port.in.MinerFolders.MinerJobs;
import io.subnetstorage.auth.application.port.in.PresignMinerFoldersUseCase;
import io.subnetstorage.auth.application.port.in.ValidatorMinerCommand;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import java.util.Optional;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.PathSegment;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Lists the miner folders (or the one named) and their job folders now, and presigns a listing of
 * each job folder. The whole walk shares one deadline; past it the validator gets the contract's 504.
 * Each miner contributes at most {@code maxJobFoldersPerMiner} folders (its entry then says
 * {@code truncated}), and folders whose name breaks the key segment rules are skipped.
 */
public final class PresignMinerFoldersService implements PresignMinerFoldersUseCase {

    static final Duration VALIDITY = Duration.ofHours(3);
    static final String JOB_FOLDER = "job_id=";

    private final SignedRequestGate gate;
    private final StoreRouter router;
    private final Duration listingBudget;
    private final ExecutorService listing;
    private final int maxJobFoldersPerMiner;

    /** {@code listing} runs the per-miner listings; its size bounds the round trips in flight per request. */
    public PresignMinerFoldersService(SignedRequestGate gate, StoreRouter router, Duration listingBudget, ExecutorService listing,
            int maxJobFoldersPerMiner) {
        this.gate = gate;
        this.router = router;
        this.listingBudget = listingBudget;
        this.listing = listing;
        this.maxJobFoldersPerMiner = maxJobFoldersPerMiner;
    }

    @Override
    public MinerFolders presign(ValidatorMinerCommand command) {
        var envelope = command.envelope();
        var requested = router.readableStore(command.store());
        // Every miner is listed from the read store (one walk); one named miner from where that miner uploads.
        Optional<Route> global = command.miner().isPresent() ? Optional.empty() : Optional.of(router.globalRead(requested));
        return gate.grant(AdmissionRequest.validator(envelope, Commitment.validatorFolders(envelope.signer(), envelope.timestamp())),
                new UncheckedGrant<>() {
                    @Override
                    public QuotaCharge charge(Admission admission) {
                        return gate.quotas().validatorGrant(admission.signer());
                    }

                    @Override
                    public Issued<MinerFolders> issue(Admission admission) {
                        Route route = global.orElseGet(() -> router.minerRead(command.miner().orElseThrow(), requested));
                        return walk(admission, route, command.miner().isPresent());
                    }
                });
    }

    private Issued<MinerFolders> walk(Admission admission, Route route, boolean oneMiner) {
        Duration validity = gate.lifetime(VALIDITY, route.store());
        FolderWalk walk = new FolderWalk(route.store().listings().orElseThrow(), route.location().bucket(), listing, listingBudget);
        Map<String, MinerJobs> miners = new LinkedHashMap<>();
        try {
            List<FolderPrefix> minerFolders = oneMiner ? List.of(route.location().folder()) : walk.subfolders(route.location().folder());
            // Only folders named for a hotkey are miner folders; anything else in the bucket is not reported.
            List<FolderPrefix> named = minerFolders.stream().filter(folder -> folder.miner().isPresent()).toList();
            List<MinerJobs> jobs = walk.inParallel(named, minerFolder -> jobs(walk, minerFolder, validity));
            for (int i = 0; i < named.size(); i++) {
                miners.put(named.get(i).miner().orElseThrow().value(), jobs.get(i));
            }
        } catch (DependencyUnavailable timeoutOrFailure) {
            throw gate.refuse(admission, ReasonCode.STORE_TIMEOUT);
        }
        Instant expiresAt = admission.now().plus(validity);
        return Issued.of(new MinerFolders(admission.signer(), route.location().bucket().value(), validity, expiresAt, miners),
                admission.grant(route, route.location().folder(), expiresAt, Operation.LIST));
    }

    private MinerJobs jobs(FolderWalk walk, FolderPrefix minerFolder, Duration validity) {
        FolderWalk.Subfolders found = walk.subfolders(minerFolder, maxJobFoldersPerMiner, PresignMinerFoldersService::validJobFolder);
        List<JobFolder> jobs = found.folders().stream().map(jobFolder -> {
            String name = jobFolder.value().substring(minerFolder.value().length(), jobFolder.value().length() - 1);
            String jobId = name.startsWith(JOB_FOLDER) ? name.substring(JOB_FOLDER.length()) : name;
            return new JobFolder(jobId, jobFolder.value(), walk.presignListing(jobFolder, validity));
        }).toList();
        return new MinerJobs(minerFolder.value(), jobs, found.truncated());
    }

    private static boolean validJobFolder(String name) {
        return PathSegment.isValid(name) && (!name.startsWith(JOB_FOLDER) || PathSegment.isValid(name.substring(JOB_FOLDER.length())));
    }
}
