package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.SignedEnvelope;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Commitment;
import java.util.Objects;
import java.util.Optional;

/**
 * What a use case asks the gate to admit: the signed envelope, the commitment it must be a signature of,
 * the role it claims, a miner's claimed coldkey, and, for a listing page, its continuation token (empty
 * for the first page): a listing signature may fetch pages, every other signature is single-use.
 */
record AdmissionRequest(SignedEnvelope envelope, Commitment commitment, Role role, Optional<Coldkey> claimedColdkey,
        Optional<String> listingPageToken) {

    AdmissionRequest {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(claimedColdkey, "claimedColdkey");
        Objects.requireNonNull(listingPageToken, "listingPageToken");
    }

    static AdmissionRequest validator(SignedEnvelope envelope, Commitment commitment) {
        return new AdmissionRequest(envelope, commitment, Role.VALIDATOR, Optional.empty(), Optional.empty());
    }

    static AdmissionRequest miner(SignedEnvelope envelope, Commitment commitment, Optional<Coldkey> coldkey) {
        return new AdmissionRequest(envelope, commitment, Role.MINER, coldkey, Optional.empty());
    }

    static AdmissionRequest listingPage(SignedEnvelope envelope, Commitment commitment, String pageToken) {
        return new AdmissionRequest(envelope, commitment, Role.VALIDATOR, Optional.empty(), Optional.of(pageToken));
    }
}
