package io.subnetstorage.auth.domain.replay;

import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;

/** The replay store's answer to a claim. */
public enum ReplayVerdict {
    FIRST_USE,
    REPLAYED,
    /** A listing signature asked for more pages than it may fetch; a new signature is needed. */
    PAGE_LIMIT_REACHED;

    public Decision decision() {
        return switch (this) {
            case FIRST_USE -> Decision.allow();
            case REPLAYED -> Decision.deny(ReasonCode.REPLAYED);
            case PAGE_LIMIT_REACHED -> Decision.deny(ReasonCode.PAGE_LIMIT_REACHED);
        };
    }
}
