package io.subnetstorage.auth.application.port.out.mirror;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How an attempt on a claimed item ended: the new state, the source version it concerned, the SHA-256 computed
 * while copying (when it was), the error of a failure or a conflict, and when the item is due again (a failure's
 * backoff, at once for a copy still to verify, a day later for a conflict). A failure counts an attempt; nothing
 * else does.
 */
public record Settlement(MirrorState state, ObjectVersion version, Optional<String> sha256, Optional<String> error,
        Optional<Instant> nextAttempt) {

    public Settlement {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(nextAttempt, "nextAttempt");
        if (state == MirrorState.PENDING) {
            throw new IllegalArgumentException("an attempt ends copied, verified, failed or in conflict; a release is not a settlement");
        }
        if (state.dueAgain() != nextAttempt.isPresent()) {
            throw new IllegalArgumentException("everything but a verified object is due again");
        }
    }

    public static Settlement verified(ObjectVersion version, Optional<String> sha256) {
        return new Settlement(MirrorState.VERIFIED, version, sha256, Optional.empty(), Optional.empty());
    }

    public static Settlement copied(ObjectVersion version, String sha256, String why, Instant verifyAt) {
        return new Settlement(MirrorState.COPIED, version, Optional.of(sha256), Optional.of(why), Optional.of(verifyAt));
    }

    public static Settlement failed(ObjectVersion version, String error, Instant retryAt) {
        return new Settlement(MirrorState.FAILED, version, Optional.empty(), Optional.of(error), Optional.of(retryAt));
    }

    public static Settlement conflict(ObjectVersion version, String detail, Instant checkAgainAt) {
        return new Settlement(MirrorState.CONFLICT, version, Optional.empty(), Optional.of(detail), Optional.of(checkAgainAt));
    }
}
