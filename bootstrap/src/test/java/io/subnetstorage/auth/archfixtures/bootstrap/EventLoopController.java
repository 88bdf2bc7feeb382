package io.subnetstorage.auth.archfixtures.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.subnetstorage.auth.archfixtures.application.port.out.SlowPort;
import java.util.concurrent.CompletableFuture;

/**
 * Planted violation: a controller calling a port on the event loop. Never started (its property is never
 * set); only its bytecode is read. Its asynchronous route is allowed and must not be reported.
 */
@Controller("/archfixture")
@Requires(property = "archfixtures.never", value = "true")
class EventLoopController {

    private final SlowPort port;

    EventLoopController(SlowPort port) {
        this.port = port;
    }

    @Get("/slow")
    String slow() {
        return port.read();
    }

    @Get("/async")
    CompletableFuture<String> async() {
        return CompletableFuture.supplyAsync(port::read);
    }
}
