package io.subnetstorage.auth.bootstrap.lifecycle;

import io.micronaut.context.BeanContext;
import io.micronaut.context.BeanRegistration;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.runtime.server.EmbeddedServer;
import io.subnetstorage.auth.bootstrap.config.ServerConfig;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that says in which order the service stops (SPEC §12): stop accepting connections, let in-flight
 * requests finish (at most SHUTDOWN_GRACE), flush the audit trail, close pools, then stop the embedded parts. The
 * factories that build something needing a close register it here with its {@link Stage}; nothing else closes them.
 * It runs first when the context stops (on SIGTERM the launcher's hook closes the context), before Micronaut
 * destroys its beans in an order of its own choosing.
 */
@Singleton
public final class ShutdownSequence implements ApplicationEventListener<ShutdownEvent>, Ordered {

    /** What is closed after the HTTP server has drained, in this order. */
    public enum Stage {
        /** Queued audit events written while the database is still there. */
        AUDIT,
        /** Connection pools and background workers that use them. */
        POOLS,
        /** The embedded store and database, last: the pools above talk to them. */
        EMBEDDED
    }

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownSequence.class);

    private final BeanContext context;
    private final ServerConfig server;
    private final InFlightRequests inFlight;
    private final Map<Stage, Deque<Step>> steps = new EnumMap<>(Stage.class);
    private final AtomicBoolean ran = new AtomicBoolean();

    private record Step(String what, AutoCloseable closing) {
    }

    ShutdownSequence(BeanContext context, ServerConfig server, InFlightRequests inFlight) {
        this.context = context;
        this.server = server;
        this.inFlight = inFlight;
    }

    /** Closes {@code closing} at {@code stage}; within a stage, the last registered is closed first. */
    public synchronized void onClose(Stage stage, String what, AutoCloseable closing) {
        steps.computeIfAbsent(stage, s -> new ArrayDeque<>()).push(new Step(what, closing));
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        run();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Runs the sequence once; later calls return at once. */
    public void run() {
        if (!ran.compareAndSet(false, true)) {
            return;
        }
        for (BeanRegistration<EmbeddedServer> registration : context.getActiveBeanRegistrations(EmbeddedServer.class)) {
            drain(registration.getBean());
        }
        for (Stage stage : Stage.values()) {
            Deque<Step> pending;
            synchronized (this) {
                pending = steps.getOrDefault(stage, new ArrayDeque<>());
            }
            pending.forEach(ShutdownSequence::close);
        }
    }

    /** Netty's graceful shutdown stops accepting and closes idle connections; the count says when handlers are done. */
    private void drain(EmbeddedServer http) {
        if (!http.isRunning() || !(http instanceof GracefulShutdownCapable graceful)) {
            return;
        }
        Duration grace = server.shutdownGrace();
        long deadline = System.nanoTime() + grace.toNanos();
        LOG.info("Stopping: no new connections; in-flight requests get up to {} ms (SHUTDOWN_GRACE) to finish",
                grace.toMillis());
        try {
            graceful.shutdownGracefully().toCompletableFuture().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            long running = inFlight.awaitNone(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (running == 0) {
                LOG.info("Stopping: every in-flight request answered");
            } else {
                LOG.warn("Stopping: SHUTDOWN_GRACE over with {} request(s) still running; closing anyway", running);
            }
        } catch (TimeoutException stillBusy) {
            LOG.warn("Stopping: SHUTDOWN_GRACE over with connections still open; closing anyway");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException failed) {
            LOG.warn("Stopping: draining HTTP failed: {}", failed.getCause().toString());
        }
    }

    private static void close(Step step) {
        try {
            step.closing().close();
        } catch (Exception e) {
            LOG.warn("Stopping: closing the {} failed: {}", step.what(), e.toString());
        }
    }
}
