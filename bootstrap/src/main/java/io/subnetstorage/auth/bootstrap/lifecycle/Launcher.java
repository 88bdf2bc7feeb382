package io.subnetstorage.auth.bootstrap.lifecycle;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the service and owns its end, in place of {@code Micronaut.run}: a failed start is one log line (see
 * {@link StartupFailure}) and exit status 1; on SIGTERM its only shutdown hook closes the context, which runs the
 * {@link ShutdownSequence}. Micronaut's own hook would stop the HTTP event loops first and its bean destruction
 * closes pools in no particular order, which is how a stop under load used to close PostgreSQL under live requests.
 */
public final class Launcher {

    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {
    }

    /** Returns only when the JVM is stopping. */
    public static void run(ApplicationContextBuilder builder) {
        ApplicationContext context = builder.build();
        EmbeddedServer server = null;
        try {
            context.start();
            server = context.getBean(EmbeddedServer.class);
            server.start();
        } catch (RuntimeException | LinkageError failure) {
            LOG.error(StartupFailure.describe(failure, server == null ? "the HTTP port" : server.getHost() + ":" + server.getPort()));
            closeQuietly(context);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                closeQuietly(context);
            } finally {
                stopped.countDown();
            }
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(ApplicationContext context) {
        try {
            if (context.isRunning()) {
                context.close();
            }
        } catch (RuntimeException e) {
            LOG.error("Stopping failed: {}", e.toString());
        }
    }
}
