package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantUseCase;
import io.subnetstorage.auth.application.port.in.MinerFolderGrant;
import io.subnetstorage.auth.application.port.in.ObjectUploadGrant;
import io.subnetstorage.auth.application.port.in.UploadFile;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.UploadForm;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.storage.MinerObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Hands a registered miner an upload grant for its own folder and a listing of it (3 h): a POST policy for
 * the folder (24 h, as deployed) where its upload store signs them, else one grant per announced file
 * ({@code UPLOAD_URL_LIFETIME}). On a POST store {@code files} is accepted and ignored (SPEC §7). A file's
 * attribution is checked after admission and its nonce spent before quota, and its grant signs it (SPEC §9).
 */
public final class IssueMinerFolderGrantService implements IssueMinerFolderGrantUseCase {

    static final Duration POLICY_LIFETIME = Duration.ofHours(24);
    static final Duration LIST_LIFETIME = Duration.ofHours(3);

    private final SignedRequestGate gate;
    private final StoreRouter router;
    private final UploadRules rules;
    private final AttributionGate attributions;

    public IssueMinerFolderGrantService(SignedRequestGate gate, StoreRouter router, UploadRules rules, AttributionGate attributions) {
        this.gate = gate;
        this.router = router;
        this.rules = rules;
        this.attributions = attributions;
    }

    @Override
    public MinerFolderGrant issue(IssueMinerFolderGrantCommand command) {
        var miner = command.envelope().signer();
        List<UploadFile> files = command.files();
        // Everything below needs no signature: a refusal here costs nothing.
        Route objects = router.objectUploads(miner);
        boolean folderForm = files.isEmpty() || objects.store().folderUploads().isPresent();
        Route route = folderForm ? router.folderForm(miner) : objects;
        Map<MinerObject, UploadFile> announced = new LinkedHashMap<>();
        Map<MinerObject, SignedAttribution> claims = new LinkedHashMap<>();
        if (!folderForm) {
            files.forEach(file -> announced.put(rules.object(miner, file), file));
            // Folder POST forms carry no attribution (SPEC §8): only per-object grants read and require them.
            announced.forEach((object, file) -> attributions.read(miner, object, file, rules.requireAttribution())
                    .ifPresent(claim -> claims.put(object, claim)));
            AttributionGate.requireDistinctNonces(List.copyOf(claims.values()));
        }
        AdmissionRequest request = AdmissionRequest.miner(command.envelope(), command.commitment(), Optional.of(command.coldkey()));
        return gate.grant(request, new GrantProcedure<>() {
            @Override
            public void check(Admission admission) {
                attributions.verifyAtUpload(gate, admission, List.copyOf(claims.values()));
                attributions.consumeAtUpload(gate, admission, List.copyOf(claims.values()), route.storeName());
            }

            @Override
            public QuotaCharge charge(Admission admission) {
                return gate.quotas().folderGrant(miner, announced.size());
            }

            @Override
            public Issued<MinerFolderGrant> issue(Admission admission) {
                return folderForm ? folderForm(admission, route, command.envelope().expiry())
                        : perObject(admission, route, announced, claims, command.envelope().expiry());
            }
        });
    }

    private Issued<MinerFolderGrant> folderForm(Admission admission, Route route, long requestExpiry) {
        Instant policyExpiry = admission.now().plus(gate.lifetime(POLICY_LIFETIME, route.store()));
        UploadForm form = route.store().folderUploads().orElseThrow().presignFolderUpload(route.location(), rules.sizes(), policyExpiry);
        URI listUrl = listUrl(route);
        AccessGrant grant = admission.grant(route, route.location().folder(), policyExpiry, Operation.UPLOAD, Operation.LIST)
                .withMethod("POST", OptionalLong.of(rules.sizes().maxBytes()));
        return Issued.of(new MinerFolderGrant(route.location().folder(), Optional.of(form), Map.of(), listUrl, requestExpiry), grant);
    }

    private Issued<MinerFolderGrant> perObject(Admission admission, Route route, Map<MinerObject, UploadFile> announced,
            Map<MinerObject, SignedAttribution> claims, long requestExpiry) {
        ObjectGrants objectGrants = new ObjectGrants(gate, rules);
        Map<String, ObjectUploadGrant> uploads = new LinkedHashMap<>();
        List<AccessGrant> rows = new ArrayList<>();
        announced.forEach((object, file) -> {
            ObjectGrants.Granted granted = objectGrants.grant(admission, route, object, file, Optional.ofNullable(claims.get(object)));
            uploads.put(object.key().value(), granted.grant());
            rows.add(granted.row());
        });
        Duration listLifetime = gate.lifetime(LIST_LIFETIME, route.store());
        rows.add(admission.grant(route, route.location().folder(), admission.now().plus(listLifetime), Operation.LIST)
                .withMethod("GET", OptionalLong.empty()));
        return new Issued<>(new MinerFolderGrant(route.location().folder(), Optional.empty(), uploads, listUrl(route), requestExpiry),
                rows);
    }

    private URI listUrl(Route route) {
        return route.store().listings().orElseThrow().presignList(route.location().bucket(), ListQuery.of(route.location().folder()),
                gate.lifetime(LIST_LIFETIME, route.store()));
    }
}
