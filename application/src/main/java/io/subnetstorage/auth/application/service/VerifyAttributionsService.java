package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.AttributionVerification;
import io.subnetstorage.auth.application.port.in.AttributionVerification.Checks;
import io.subnetstorage.auth.application.port.in.AttributionVerification.FileResult;
import io.subnetstorage.auth.application.port.in.AttributionVerification.Status;
import io.subnetstorage.auth.application.port.in.VerifyAttributionsCommand;
import io.subnetstorage.auth.application.port.in.VerifyAttributionsUseCase;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.application.port.out.attribution.AttributionRecords;
import io.subnetstorage.auth.application.port.out.attribution.RegisteredAttribution;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.KeyWithinFolder;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /verify-attribution} (SPEC §9): for each key, the receipt the service issued and what the store
 * says now (HEAD: size, {@code x-amz-meta-sha256}, and the ETag, judged only on the store where the receipt
 * was made, as a copy elsewhere may be multipart). The service never reads the bytes, so content is
 * {@code unchecked}: the client SDK's download checks them. Sidecar URLs handed out are ledger grants.
 */
public final class VerifyAttributionsService implements VerifyAttributionsUseCase {

    private final SignedRequestGate gate;
    private final StoreRouter router;
    private final AttributionRecords records;
    private final SignatureVerifier signatures;

    public VerifyAttributionsService(SignedRequestGate gate, StoreRouter router, AttributionRecords records, SignatureVerifier signatures) {
        this.gate = gate;
        this.router = router;
        this.records = records;
        this.signatures = signatures;
    }

    @Override
    public AttributionVerification verify(VerifyAttributionsCommand command) {
        Hotkey miner = command.miner();
        Optional<ObjectStore> requested = router.readableStore(command.store());
        KeyWithinFolder withinFolder = new KeyWithinFolder(FolderPrefix.ofMiner(miner));
        List<String> valid = command.fileKeys().stream().filter(key -> withinFolder.check(key).allowed()).toList();
        Admission admission = gate.admit(AdmissionRequest.validator(command.envelope(), command.commitment()));
        if (valid.isEmpty()) {
            throw gate.refuse(admission, ReasonCode.NO_VALID_FILES);
        }
        gate.charge(admission, gate.quotas().validatorGrant(admission.signer()));
        Map<ObjectKey, RegisteredAttribution> registered;
        try {
            registered = records.latestRegistered(miner, valid.stream().map(ObjectKey::new).toList());
        } catch (DependencyUnavailable down) {
            throw gate.refuse(admission, ReasonCode.GRANT_LEDGER_UNAVAILABLE);
        }
        Sidecars sidecars = new Sidecars(gate, router, admission, miner);
        Route fallback = router.minerRead(miner, requested);
        Map<String, FileResult> results = new LinkedHashMap<>();
        for (String requestedKey : command.fileKeys()) {
            if (!valid.contains(requestedKey)) {
                results.put(requestedKey, new FileResult(Status.MISSING, Optional.empty(), Optional.empty(), Optional.empty(), Checks.none()));
                continue;
            }
            Optional<RegisteredAttribution> found = Optional.ofNullable(registered.get(new ObjectKey(requestedKey)));
            Route route = requested.isPresent() ? fallback
                    : found.flatMap(claim -> sidecars.routeOf(claim.store())).orElse(fallback);
            results.put(requestedKey, judge(found, head(admission, route, new ObjectKey(requestedKey)), route, sidecars));
        }
        List<AccessGrant> rows = sidecars.grants();
        if (rows.isEmpty()) {
            gate.recordAnswered(admission);
        } else {
            gate.record(admission, rows);
        }
        return new AttributionVerification(miner, results);
    }

    private Optional<ObjectInfo> head(Admission admission, Route route, ObjectKey key) {
        try {
            return route.store().objectIo().orElseThrow().head(route.location().bucket(), key);
        } catch (DependencyUnavailable | StoreRefused unknown) {
            throw gate.refuse(admission, ReasonCode.STORE_UNAVAILABLE);
        }
    }

    private FileResult judge(Optional<RegisteredAttribution> found, Optional<ObjectInfo> object, Route route, Sidecars sidecars) {
        if (found.isEmpty()) {
            return new FileResult(object.isEmpty() ? Status.MISSING : Status.UNATTRIBUTED, Optional.empty(), Optional.empty(),
                    Optional.empty(), Checks.none());
        }
        RegisteredAttribution claim = found.get();
        var attribution = claim.claim().attribution();
        boolean signed = signatures.verify(attribution.hotkey().address(), attribution.messageBytes(), claim.claim().signature());
        Checks checks = new Checks(Optional.of(signed), Optional.of(true),
                object.map(info -> info.size() == attribution.size()),
                object.flatMap(info -> Optional.ofNullable(info.metadata().get("sha256"))).map(attribution.sha256Hex()::equals),
                object.filter(info -> route.storeName().equals(claim.store())).map(info -> info.etag().equals(claim.receipt().etag())),
                Optional.of(claim.boundAtUpload()));
        Status status = object.isEmpty() ? Status.MISSING : checks.noneFailed() ? Status.ATTRIBUTED : Status.MISMATCH;
        return new FileResult(status, Optional.of(claim.claim()), Optional.of(claim.receipt()), sidecars.urlOf(claim), checks);
    }
}
