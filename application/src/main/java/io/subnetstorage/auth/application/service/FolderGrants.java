package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.application.port.in.MinerFolderGrant;
import io.subnetstorage.auth.application.port.in.ObjectUploadGrant;
import io.subnetstorage.auth.application.port.in.UploadFile;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.UploadForm;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.identity.Commitment;
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
 * A folder grant on a given route, as both folder endpoints hand it out: the folder POST form (24 h, as
 * deployed) or one grant per announced file ({@code UPLOAD_URL_LIFETIME}), and a listing of the folder (3 h).
 * A file's attribution is verified after admission and its nonce spent last before quota; its grant signs it (SPEC §9).
 */
final class FolderGrants {

    static final Duration POLICY_LIFETIME = Duration.ofHours(24);
    static final Duration LIST_LIFETIME = Duration.ofHours(3);

    private final SignedRequestGate gate;
    private final UploadRules rules;
    private final MinerBuckets buckets;
    private final AttributionGate attributions;

    FolderGrants(SignedRequestGate gate, UploadRules rules, MinerBuckets buckets, AttributionGate attributions) {
        this.gate = gate;
        this.rules = rules;
        this.buckets = buckets;
        this.attributions = attributions;
    }

    MinerFolderGrant issue(IssueMinerFolderGrantCommand command, Commitment commitment, Route route, boolean folderForm) {
        var miner = command.envelope().signer();
        Map<MinerObject, UploadFile> announced = new LinkedHashMap<>();
        Map<MinerObject, SignedAttribution> claims = new LinkedHashMap<>();
        if (!folderForm) {
            command.files().forEach(file -> announced.put(rules.object(miner, file), file));
            // Folder POST forms carry no attribution (SPEC §8): only per-object grants read and require them.
            announced.forEach((object, file) -> attributions.read(miner, object, file, rules.requireAttribution())
                    .ifPresent(claim -> claims.put(object, claim)));
            AttributionGate.requireDistinctNonces(List.copyOf(claims.values()));
        }
        AdmissionRequest request = AdmissionRequest.upload(command.envelope(), commitment, Optional.of(command.coldkey()));
        return gate.grant(request, new GrantProcedure<>() {
            @Override
            public void check(Admission admission) {
                attributions.verifyAtUpload(gate, admission, List.copyOf(claims.values()));
                BucketChecks.ensureUsable(gate, buckets, admission, route);
                attributions.consumeAtUpload(gate, admission, List.copyOf(claims.values()), route.storeName());
            }

            @Override
            public boolean checksAlreadyPass(Admission admission) {
                return claims.isEmpty() && buckets.knownUsable(route);
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
        AccessGrant grant = admission.grant(route, route.location().folder(), policyExpiry, Operation.UPLOAD, Operation.LIST)
                .withMethod("POST", OptionalLong.of(rules.sizes().maxBytes()));
        return Issued.of(new MinerFolderGrant(route.location().folder(), Optional.of(form), Map.of(), listUrl(route), requestExpiry), grant);
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
        return new Issued<>(new MinerFolderGrant(route.location().folder(), Optional.empty(), uploads, listUrl(route), requestExpiry), rows);
    }

    private URI listUrl(Route route) {
        return route.store().listings().orElseThrow().presignList(route.location().bucket(), ListQuery.of(route.location().folder()),
                gate.lifetime(LIST_LIFETIME, route.store()));
    }
}
