package io.subnetstorage.auth.bootstrap.health;

import java.time.Duration;

/**
 * How dependency checks behave (SPEC §12): an answer is reused for {@code ttl}, and one check of the store
 * or the database gives up after {@code timeout}. A bean, so that a test can make checks outlast it.
 */
public record ProbePolicy(Duration ttl, Duration timeout) {

    /** Long enough for a cross-region HEAD, short enough that a dead store is reported within seconds. */
    public static final ProbePolicy STANDARD = new ProbePolicy(Duration.ofSeconds(5), Duration.ofSeconds(2));
}
