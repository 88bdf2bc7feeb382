package io.subnetstorage.auth.bootstrap.logging;

import io.micronaut.context.annotation.Context;
import io.subnetstorage.auth.bootstrap.config.LoggingConfig;

/**
 * Applies LOG_FORMAT as the context starts (the environment chose it already for the lines before; a test context
 * chooses it here) and routes java.util.logging to SLF4J.
 */
@Context
final class LoggingSetup {

    LoggingSetup(LoggingConfig config) {
        JavaLoggingBridge.install();
        ServiceLogLayout.use(config.format());
    }
}
