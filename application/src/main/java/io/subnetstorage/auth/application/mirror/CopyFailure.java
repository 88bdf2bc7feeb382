package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.mirror.FailureReason;

/**
 * An attempt that failed, and why. {@code mirrorDown}: the mirror itself cannot take writes now (unreachable,
 * out of credit, refusing the service's key), so its worker pauses instead of failing the next object too.
 */
public final class CopyFailure extends RuntimeException {

    private final FailureReason reason;
    private final boolean mirrorDown;

    CopyFailure(FailureReason reason, boolean mirrorDown, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.mirrorDown = mirrorDown;
    }

    CopyFailure(FailureReason reason, String message) {
        this(reason, false, message, null);
    }

    public FailureReason reason() {
        return reason;
    }

    public boolean mirrorDown() {
        return mirrorDown;
    }
}
