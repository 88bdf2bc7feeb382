package io.subnetstorage.auth.application.port.out.mirror;

import java.util.Locale;

/**
 * Where one object stands on one mirror (SPEC §10). {@code PENDING}, {@code FAILED} and {@code COPIED} are
 * work still to do; {@code VERIFIED} is settled until the source object changes; a {@code CONFLICT} waits for an
 * operator and is looked at again now and then, to notice when one was resolved.
 */
public enum MirrorState {
    /** Found on a source, not yet on the mirror as far as the service knows. */
    PENDING,
    /** The service wrote it and the write returned, but the bytes on the mirror are not yet shown to be the source's. */
    COPIED,
    /** The mirror holds the source's bytes: same size and the same MD5, multipart ETag or SHA-256. */
    VERIFIED,
    /** The last attempt failed; retried at the next attempt time, later after each failure. */
    FAILED,
    /** The mirror holds other bytes under this key: never overwritten, left to an operator, checked again daily. */
    CONFLICT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MirrorState ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** States a copy worker still has work for: the mirror lacks the object as far as the service knows. */
    public boolean outstanding() {
        return this == PENDING || this == COPIED || this == FAILED;
    }

    /** States a worker looks at again at their next attempt time: outstanding work, and conflicts. */
    public boolean dueAgain() {
        return this != VERIFIED;
    }
}
