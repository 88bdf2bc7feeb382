package io.subnetstorage.auth.application.port.out.mirror;

import java.util.Locale;

/** Why a copy to a mirror did not end verified, as {@code ssa_mirror_failures_total{reason}} counts it. */
public enum FailureReason {
    /** The mirror holds other bytes under the key. */
    CONFLICT,
    /** The source store could not be reached. */
    SOURCE_UNAVAILABLE,
    /** The mirror could not be reached or asked to slow down. */
    MIRROR_UNAVAILABLE,
    /** The mirror's account is out of credit (Hippius 402). */
    NO_CREDIT,
    /** The mirror refused the service's key (403), or the miner's bucket there is someone else's. */
    ACCESS_DENIED,
    /** The mirror refused this object for good (a key or metadata it does not accept). */
    REFUSED,
    /** What was read or written did not match: the object changed during the copy, or the store corrupted it. */
    VERIFICATION,
    /** Anything else, e.g. a refusal by the source. */
    OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
