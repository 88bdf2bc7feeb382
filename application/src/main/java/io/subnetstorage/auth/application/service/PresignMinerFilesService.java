package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.MinerFileUrls;
import io.subnetstorage.auth.application.port.in.MinerFileUrls.FileUrl;
import io.subnetstorage.auth.application.port.in.PresignMinerFilesCommand;
import io.subnetstorage.auth.application.port.in.PresignMinerFilesUseCase;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.KeyWithinFolder;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Presigned downloads for named files of one miner. A key outside that miner's folder (another miner,
 * an absolute key, a {@code ..} segment) is reported invalid, never signed.
 */
public final class PresignMinerFilesService implements PresignMinerFilesUseCase {

    private final SignedRequestGate gate;
    private final ObjectStore store;

    public PresignMinerFilesService(SignedRequestGate gate, ObjectStore store) {
        this.gate = gate;
        this.store = store;
    }

    @Override
    public MinerFileUrls presign(PresignMinerFilesCommand command) {
        var envelope = command.envelope();
        Admission admission = gate.admit(AdmissionRequest.validator(envelope, command.commitment()));
        FolderPrefix folder = FolderPrefix.ofMiner(command.miner());
        KeyWithinFolder withinFolder = new KeyWithinFolder(folder);
        Duration validity = gate.lifetime(Duration.ofHours(command.expiryHours()), store);
        Map<String, FileUrl> urls = new LinkedHashMap<>();
        List<String> invalid = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (String requested : command.fileKeys()) {
            if (!withinFolder.check(requested).allowed()) {
                invalid.add(requested);
                continue;
            }
            ObjectKey key = new ObjectKey(requested);
            try {
                urls.put(requested, new FileUrl(store.presignGet(key, validity), requested, validity.toSeconds(), key.fileName()));
            } catch (RuntimeException signingFailed) {
                failed.put(requested, "could not presign: " + signingFailed.getClass().getSimpleName());
            }
        }
        if (urls.isEmpty()) {
            throw gate.refuse(admission, ReasonCode.NO_VALID_FILES);
        }
        gate.charge(admission, gate.quotas().validatorGrant(admission.signer()));
        gate.record(admission, admission.grant(store, folder, admission.now().plus(validity), Operation.READ));
        return new MinerFileUrls(urls, invalid, failed, command.fileKeys().size());
    }
}
