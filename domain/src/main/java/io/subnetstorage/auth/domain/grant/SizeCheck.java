package io.subnetstorage.auth.domain.grant;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What the service found when, after its URL expired, it checked the object an upload grant without a size
 * let in (SPEC §7): a PUT URL without {@code Content-Length} cannot bound the length, so the check does.
 */
public record SizeCheck(Outcome outcome, OptionalLong sizeFound, Instant checkedAt) {

    /** The outcomes, as the ledger and the operator's grant history spell them ({@link #label()}). */
    public enum Outcome {
        /** The object is within the upload size range and stays. */
        OK,
        /** Nothing was uploaded (or it is already gone): nothing to do. */
        ABSENT,
        /** The object was outside the range and the service deleted it. */
        DELETED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Outcome byLabel(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    public SizeCheck {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(sizeFound, "sizeFound");
        Objects.requireNonNull(checkedAt, "checkedAt");
        if ((outcome == Outcome.ABSENT) != sizeFound.isEmpty()) {
            throw new IllegalArgumentException("a size is found exactly when an object is");
        }
    }

    public static SizeCheck ok(long size, Instant at) {
        return new SizeCheck(Outcome.OK, OptionalLong.of(size), at);
    }

    public static SizeCheck absent(Instant at) {
        return new SizeCheck(Outcome.ABSENT, OptionalLong.empty(), at);
    }

    public static SizeCheck deleted(long size, Instant at) {
        return new SizeCheck(Outcome.DELETED, OptionalLong.of(size), at);
    }
}
