package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.Signature;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What every signed request carries: who signed, the signature, when it was signed, until when it may
 * be used, and where it came from. {@code expiry} defaults to a day after {@code timestamp}, as deployed.
 */
public record SignedEnvelope(Hotkey signer, Signature signature, long timestamp, long expiry, RequestOrigin origin) {

    public static final long DEFAULT_VALIDITY_SECONDS = 86_400;

    public SignedEnvelope {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(origin, "origin");
    }

    public static SignedEnvelope of(Hotkey signer, Signature signature, long timestamp, OptionalLong expiry, RequestOrigin origin) {
        return new SignedEnvelope(signer, signature, timestamp,
                expiry.orElse(saturatedAdd(timestamp, DEFAULT_VALIDITY_SECONDS)), origin);
    }

    /** A client-chosen timestamp near the end of the range must not wrap around into the past. */
    public static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
    }
}
