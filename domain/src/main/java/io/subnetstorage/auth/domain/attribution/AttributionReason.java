package io.subnetstorage.auth.domain.attribution;

import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.util.Locale;

/**
 * The wire name of why an attribution was refused (SPEC §9: {@code malformed}, {@code outside_folder}, ...),
 * as {@code /register-attributions} reports it per file and {@code Attribution refused: {reason}} says it.
 */
public final class AttributionReason {

    private static final String PREFIX = "ATTRIBUTION_";

    private AttributionReason() {
    }

    public static String label(ReasonCode reason) {
        String name = reason.name();
        return (name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name).toLowerCase(Locale.ROOT);
    }

    /** Whether the reason is one of an attribution's own refusals (not, say, a store that could not be asked). */
    public static boolean isAttributionRefusal(ReasonCode reason) {
        return reason.name().startsWith(PREFIX) && reason != ReasonCode.ATTRIBUTION_REQUIRED;
    }
}
