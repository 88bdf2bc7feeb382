package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Test-only endpoints that log, on the event loop and on the blocking pool, through SLF4J and System.Logger. */
@Controller("/logging-probe")
@Requires(property = "ssa.test.logging-probe", value = "true")
class LoggingProbeController {

    static final String LOGGER = "logging-probe";
    private static final Logger SLF4J = LoggerFactory.getLogger(LOGGER);
    private static final System.Logger PLATFORM = System.getLogger(LOGGER + ".platform");

    @Get("/loop/{tag}")
    String onTheEventLoop(String tag) {
        SLF4J.info("loop {}", tag);
        return tag;
    }

    @Get("/blocking/{tag}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    String onTheBlockingPool(String tag) {
        SLF4J.info("blocking {}", tag);
        PLATFORM.log(System.Logger.Level.WARNING, "platform {0}", tag);
        return tag;
    }
}
