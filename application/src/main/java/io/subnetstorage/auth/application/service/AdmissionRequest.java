package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.SignedEnvelope;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Coldkey;
import io.subnetstorage.auth.domain.identity.Commitment;
import java.util.Objects;
import java.util.Optional;

/**
 * What a use case asks the gate to admit: the signed envelope, the commitment it must be a signature of,
 * the role it claims, a miner's claimed coldkey, for a listing page its continuation token (empty for the
 * first page: a listing signature may fetch pages, every other signature is single-use), and what the
 * request is for: an upload needs a registration that allows it; a deregistration needs no membership
 * (the miner may have left the subnet, the owner is no miner).
 */
record AdmissionRequest(SignedEnvelope envelope, Commitment commitment, Role role, Optional<Coldkey> claimedColdkey,
        Optional<String> listingPageToken, Purpose purpose) {

    enum Purpose {
        /** Anything else: the role's membership is checked. */
        ACCESS,
        /** An upload grant: membership, and a registration that is not deregistered. */
        UPLOAD,
        /** The signer is checked by the use case itself, not by the metagraph. */
        SIGNATURE_ONLY
    }

    AdmissionRequest {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(claimedColdkey, "claimedColdkey");
        Objects.requireNonNull(listingPageToken, "listingPageToken");
        Objects.requireNonNull(purpose, "purpose");
    }

    static AdmissionRequest validator(SignedEnvelope envelope, Commitment commitment) {
        return new AdmissionRequest(envelope, commitment, Role.VALIDATOR, Optional.empty(), Optional.empty(), Purpose.ACCESS);
    }

    static AdmissionRequest miner(SignedEnvelope envelope, Commitment commitment, Optional<Coldkey> coldkey) {
        return new AdmissionRequest(envelope, commitment, Role.MINER, coldkey, Optional.empty(), Purpose.ACCESS);
    }

    static AdmissionRequest upload(SignedEnvelope envelope, Commitment commitment, Optional<Coldkey> coldkey) {
        return new AdmissionRequest(envelope, commitment, Role.MINER, coldkey, Optional.empty(), Purpose.UPLOAD);
    }

    static AdmissionRequest signatureOnly(SignedEnvelope envelope, Commitment commitment) {
        return new AdmissionRequest(envelope, commitment, Role.MINER, Optional.empty(), Optional.empty(), Purpose.SIGNATURE_ONLY);
    }

    static AdmissionRequest listingPage(SignedEnvelope envelope, Commitment commitment, String pageToken) {
        return new AdmissionRequest(envelope, commitment, Role.VALIDATOR, Optional.empty(), Optional.of(pageToken), Purpose.ACCESS);
    }
}
