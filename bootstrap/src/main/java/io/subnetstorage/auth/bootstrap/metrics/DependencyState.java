package io.subnetstorage.auth.bootstrap.metrics;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether one dependency answered the last time it was used or checked. Every call may report here (the
 * hot path is one volatile read); only a change is logged, once: a warning when it goes down, a note when
 * it is back. Without this an outage would be visible only as 503s and in /healthcheck.
 */
public final class DependencyState {

    private static final Logger LOG = LoggerFactory.getLogger(DependencyState.class);

    private enum Seen { NOT_YET, UP, DOWN }

    private final String name;
    private final AtomicReference<Seen> seen = new AtomicReference<>(Seen.NOT_YET);
    private volatile String lastFailure = "";

    public DependencyState(String name) {
        this.name = name;
    }

    public void up() {
        Seen before = seen.get();
        if (before != Seen.UP && seen.compareAndSet(before, Seen.UP) && before == Seen.DOWN) {
            LOG.info("{} is up again", name);
        }
    }

    public void down(String reason) {
        lastFailure = reason;
        Seen before = seen.get();
        if (before != Seen.DOWN && seen.compareAndSet(before, Seen.DOWN)) {
            LOG.warn("{} is down: {}", name, reason);
        }
    }

    public void observe(boolean ok, String reasonIfNot) {
        if (ok) {
            up();
        } else {
            down(reasonIfNot);
        }
    }

    /** True only after a failure that no success has followed yet. */
    public boolean isDown() {
        return seen.get() == Seen.DOWN;
    }

    /** Why the last failure happened; meaningful while {@link #isDown()}. */
    public String lastFailure() {
        return lastFailure;
    }

    public String name() {
        return name;
    }
}
