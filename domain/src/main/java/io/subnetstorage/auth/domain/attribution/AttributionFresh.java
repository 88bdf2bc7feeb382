package io.subnetstorage.auth.domain.attribution;

import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;

/**
 * An attribution's timestamp is at most {@code maxAgeSeconds} old and never more than {@code maxAheadSeconds}
 * ahead (SPEC §9): 300 s at upload, where it travels with a fresh request, and 7 days at registration, which
 * may come long after the upload.
 */
public record AttributionFresh(long maxAgeSeconds, long maxAheadSeconds) {

    public static final AttributionFresh AT_UPLOAD = new AttributionFresh(300, 60);
    public static final AttributionFresh AT_REGISTRATION = new AttributionFresh(7 * 86_400, 60);

    public AttributionFresh {
        if (maxAgeSeconds < 0 || maxAheadSeconds < 0) {
            throw new IllegalArgumentException("window bounds are not negative");
        }
    }

    public Decision check(Attribution attribution, long nowSeconds) {
        // Only the clock's value is shifted, so no client-chosen timestamp can overflow.
        boolean fresh = attribution.timestamp() >= nowSeconds - maxAgeSeconds && attribution.timestamp() <= nowSeconds + maxAheadSeconds;
        return fresh ? Decision.allow() : Decision.deny(ReasonCode.ATTRIBUTION_STALE);
    }
}
