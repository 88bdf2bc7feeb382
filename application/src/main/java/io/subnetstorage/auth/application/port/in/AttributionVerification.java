package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.attribution.AttributionReceipt;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Per requested key, in request order: the verdict, the claim and receipt found, where the sidecar is, and each check. */
public record AttributionVerification(Hotkey miner, Map<String, FileResult> results) {

    public AttributionVerification {
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    public enum Status {
        ATTRIBUTED, UNATTRIBUTED, MISMATCH, MISSING;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record FileResult(Status status, Optional<SignedAttribution> attribution, Optional<AttributionReceipt> receipt,
            Optional<URI> sidecarUrl, Checks checks) {
    }

    /**
     * SPEC §9's checks; empty where a check could not be judged (no receipt, no object, or, for the ETag, a store
     * other than the one the receipt was made on, where a copy may be multipart).
     */
    public record Checks(Optional<Boolean> signature, Optional<Boolean> nonceUnique, Optional<Boolean> size,
            Optional<Boolean> sha256Metadata, Optional<Boolean> etagUnchanged, Optional<Boolean> registeredAtUpload) {

        public static Checks none() {
            return new Checks(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** No check that was judged failed; whether the claim was bound at upload is a fact, not a check that fails. */
        public boolean noneFailed() {
            return java.util.stream.Stream.of(signature, nonceUnique, size, sha256Metadata, etagUnchanged)
                    .noneMatch(check -> check.equals(Optional.of(false)));
        }
    }
}
