package io.subnetstorage.auth.domain.replay;

import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code X-Tao-*} version 2 header authentication of upstream Subnet 13 clients: the signer signs
 * {@code sha256hex(body) + "." + nonce + "." + timestamp_ms}. It replaces the body signature, and its
 * nonce, not the signature, is what makes the request single-use.
 */
public record HeaderProof(String bodySha256Hex, Nonce nonce, long timestampMillis, Signature signature) {

    public static final long MAX_SKEW_MILLIS = 8_000;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public HeaderProof {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(signature, "signature");
        if (bodySha256Hex == null || !SHA256_HEX.matcher(bodySha256Hex).matches()) {
            throw new IllegalArgumentException("the body hash is 64 lower-case hex digits");
        }
    }

    public byte[] message() {
        return (bodySha256Hex + "." + nonce.value() + "." + timestampMillis).getBytes(StandardCharsets.UTF_8);
    }

    /** Fresh when the header timestamp is within the upstream clients' 8 s of the service clock, either way. */
    public Decision checkSkew(long nowMillis) {
        return timestampMillis >= nowMillis - MAX_SKEW_MILLIS && timestampMillis <= nowMillis + MAX_SKEW_MILLIS
                ? Decision.allow()
                : Decision.deny(ReasonCode.TIMESTAMP_OUTSIDE_WINDOW);
    }
}
