package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.MinerFileUrls;
import io.subnetstorage.auth.application.port.in.MinerFileUrls.FileUrl;
import io.subnetstorage.auth.application.port.in.PresignMinerFilesCommand;
import io.subnetstorage.auth.application.port.in.PresignMinerFilesUseCase;
import io.subnetstorage.auth.application.port.out.storage.Downloads;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.KeyWithinFolder;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Presigned downloads for named files of one miner, where that miner uploads. A key outside that miner's
 * folder (another miner, an absolute key, a {@code ..} segment) is reported invalid, never signed; a
 * request with no valid key is refused and charges nothing.
 */
public final class PresignMinerFilesService implements PresignMinerFilesUseCase {

    private final SignedRequestGate gate;
    private final StoreRouter router;

    public PresignMinerFilesService(SignedRequestGate gate, StoreRouter router) {
        this.gate = gate;
        this.router = router;
    }

    @Override
    public MinerFileUrls presign(PresignMinerFilesCommand command) {
        var requested = router.readableStore(command.store());
        KeyWithinFolder withinFolder = new KeyWithinFolder(FolderPrefix.ofMiner(command.miner()));
        List<String> valid = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        command.fileKeys().forEach(key -> (withinFolder.check(key).allowed() ? valid : invalid).add(key));
        return gate.grant(AdmissionRequest.validator(command.envelope(), command.commitment()), new GrantProcedure<>() {
            @Override
            public void check(Admission admission) {
                if (valid.isEmpty()) {
                    throw gate.refuse(admission, ReasonCode.NO_VALID_FILES);
                }
            }

            @Override
            public boolean checksAlreadyPass(Admission admission) {
                return !valid.isEmpty();
            }

            @Override
            public QuotaCharge charge(Admission admission) {
                return gate.quotas().validatorGrant(admission.signer());
            }

            @Override
            public Issued<MinerFileUrls> issue(Admission admission) {
                Route route = router.minerRead(command.miner(), requested);
                Downloads downloads = route.store().downloads().orElseThrow();
                Duration validity = gate.lifetime(Duration.ofHours(command.expiryHours()), route.store());
                Map<String, FileUrl> urls = new LinkedHashMap<>();
                Map<String, String> failed = new LinkedHashMap<>();
                for (String requestedKey : valid) {
                    ObjectKey key = new ObjectKey(requestedKey);
                    try {
                        urls.put(requestedKey, new FileUrl(downloads.presignGet(route.location().bucket(), key, validity), requestedKey,
                                validity.toSeconds(), key.fileName()));
                    } catch (RuntimeException signingFailed) {
                        failed.put(requestedKey, "could not presign: " + signingFailed.getClass().getSimpleName());
                    }
                }
                return Issued.of(new MinerFileUrls(urls, invalid, failed, command.fileKeys().size()),
                        admission.grant(route, route.location().folder(), admission.now().plus(validity), Operation.READ));
            }
        });
    }
}
