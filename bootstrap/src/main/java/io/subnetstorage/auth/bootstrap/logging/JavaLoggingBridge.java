package io.subnetstorage.auth.bootstrap.logging;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sends java.util.logging, and so {@code System.Logger} (which the adapters use to stay framework-free, e.g. the
 * metagraph's refreshes), to SLF4J: their lines then get LOG_FORMAT, the request id and the scrubbing of every other.
 * logback.xml's LevelChangePropagator keeps java.util.logging's levels in step, so filtered lines cost nothing.
 */
public final class JavaLoggingBridge {

    private JavaLoggingBridge() {
    }

    /** Idempotent; first thing in {@code main}, and again as a context starts (a test's context has no main). */
    public static synchronized void install() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
