package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.replay.HeaderProof;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.Signature;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What every signed request carries: who signed, the signature, when it was signed, until when it may
 * be used, and where it came from. {@code expiry} defaults to a day after {@code timestamp}, as deployed.
 * A request authenticated by {@code X-Tao-*} headers carries that proof instead of a body signature.
 */
public record SignedEnvelope(
        Hotkey signer, Signature signature, long timestamp, long expiry, RequestOrigin origin, Optional<HeaderProof> headerProof) {

    public static final long DEFAULT_VALIDITY_SECONDS = 86_400;

    public SignedEnvelope {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(headerProof, "headerProof");
        if (headerProof.isPresent() && !headerProof.get().signature().equals(signature)) {
            throw new IllegalArgumentException("a header-signed request carries the header's signature");
        }
    }

    public SignedEnvelope(Hotkey signer, Signature signature, long timestamp, long expiry, RequestOrigin origin) {
        this(signer, signature, timestamp, expiry, origin, Optional.empty());
    }

    public static SignedEnvelope of(Hotkey signer, Signature signature, long timestamp, OptionalLong expiry, RequestOrigin origin) {
        return new SignedEnvelope(signer, signature, timestamp,
                expiry.orElse(saturatedAdd(timestamp, DEFAULT_VALIDITY_SECONDS)), origin);
    }

    public static SignedEnvelope ofHeaders(Hotkey signer, HeaderProof proof, long timestamp, OptionalLong expiry, RequestOrigin origin) {
        return new SignedEnvelope(signer, proof.signature(), timestamp,
                expiry.orElse(saturatedAdd(timestamp, DEFAULT_VALIDITY_SECONDS)), origin, Optional.of(proof));
    }

    /** A client-chosen timestamp near the end of the range must not wrap around into the past. */
    public static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
    }
}
