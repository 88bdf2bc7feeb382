package io.subnetstorage.auth.domain.identity;

import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;

/**
 * A signed request is fresh when it is not past its expiry, at most {@code maxAgeSeconds} old and at
 * most {@code maxSkewSeconds} in the future (the deployed service: 300 s and 60 s).
 */
public record TimestampWithinWindow(long maxAgeSeconds, long maxSkewSeconds) {

    public static final TimestampWithinWindow DEPLOYED = new TimestampWithinWindow(300, 60);

    public TimestampWithinWindow {
        if (maxAgeSeconds < 0 || maxSkewSeconds < 0) {
            throw new IllegalArgumentException("window bounds are not negative");
        }
    }

    public Decision check(long nowSeconds, long timestamp, long expiry) {
        // Written so that no client-chosen value can overflow: only the clock's value is shifted.
        boolean fresh = nowSeconds <= expiry
                && timestamp >= nowSeconds - maxAgeSeconds
                && timestamp <= nowSeconds + maxSkewSeconds;
        return fresh ? Decision.allow() : Decision.deny(ReasonCode.TIMESTAMP_OUTSIDE_WINDOW);
    }

    /** Until when a request signed at {@code timestamp} could still pass: how long a replay key must live. */
    public long lastAcceptedSecond(long timestamp) {
        return timestamp + maxAgeSeconds;
    }
}
