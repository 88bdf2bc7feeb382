package io.subnetstorage.auth.bootstrap.web.grant;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as the deployed service printed them: Python's {@code datetime.fromtimestamp(x).isoformat()}
 * on a UTC host, a local date-time without zone and without fractions of a second.
 */
final class PythonIsoTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final long LAST_SECOND_OF_9999 = 253_402_300_799L;

    private PythonIsoTime() {
    }

    static String ofEpochSecond(long epochSecond) {
        // Clients may send any expiry; an absurd one is shown as the last representable moment, not a crash.
        long bounded = Math.max(0, Math.min(epochSecond, LAST_SECOND_OF_9999));
        return LocalDateTime.ofEpochSecond(bounded, 0, ZoneOffset.UTC).format(FORMAT);
    }

    static String of(Instant instant) {
        return ofEpochSecond(instant.getEpochSecond());
    }
}
