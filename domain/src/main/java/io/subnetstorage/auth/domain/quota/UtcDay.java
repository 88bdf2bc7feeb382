package io.subnetstorage.auth.domain.quota;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Quota windows are UTC days: they reset at midnight UTC, as the deployed service announces. */
public record UtcDay(LocalDate date) {

    public static UtcDay containing(Instant instant) {
        return new UtcDay(instant.atZone(ZoneOffset.UTC).toLocalDate());
    }

    public Instant end() {
        return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A compact label for keys, e.g. {@code 20261123}. */
    public String label() {
        return date.toString().replace("-", "");
    }
}
