package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.ObjectUploadGrant;
import io.subnetstorage.auth.application.port.in.UploadFile;
import io.subnetstorage.auth.application.port.out.storage.ObjectUpload;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.application.port.out.storage.UploadConstraints;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.storage.MinerObject;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One key's upload grant and its ledger row, as both upload endpoints hand them out: the URL signs the
 * size when known and the {@code x-amz-meta-*} values, and the row records key, method and size bound.
 */
final class ObjectGrants {

    private final SignedRequestGate gate;
    private final UploadRules rules;

    ObjectGrants(SignedRequestGate gate, UploadRules rules) {
        this.gate = gate;
        this.rules = rules;
    }

    record Granted(ObjectUploadGrant grant, AccessGrant row) {
    }

    Granted grant(Admission admission, Route route, MinerObject object, UploadFile file, Optional<SignedAttribution> attribution) {
        Duration lifetime = gate.lifetime(rules.objectUrlLifetime(), route.store());
        UploadConstraints constraints = rules.constraints(file, attribution);
        ObjectUpload upload;
        try {
            upload = route.store().objectUploads().orElseThrow()
                    .presignObjectUpload(route.location().bucket(), object.key(), constraints, lifetime);
        } catch (StoreRefused refused) {
            // Presigning is local: a refusal is the store's own rule about this key or metadata, known in advance.
            throw gate.refuse(admission, ReasonCode.STORE_REFUSED_OBJECT);
        }
        OptionalLong bound = file.size().isPresent() ? file.size() : OptionalLong.empty();
        AccessGrant row = admission.grant(route, route.location().folder(), admission.now().plus(lifetime), Operation.UPLOAD)
                .forKey(object.key(), upload.method().name(), bound);
        return new Granted(new ObjectUploadGrant(object.key(), upload, lifetime), row);
    }
}
