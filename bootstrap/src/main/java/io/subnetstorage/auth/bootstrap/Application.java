package io.subnetstorage.auth.bootstrap;

import io.micronaut.runtime.Micronaut;
import io.subnetstorage.auth.bootstrap.lifecycle.Launcher;
import io.subnetstorage.auth.bootstrap.logging.JavaLoggingBridge;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(
        title = "Subnet Storage Auth",
        version = "0.1.0",
        description = "Blockchain-authenticated storage access for a Bittensor subnet: miners and validators "
                + "sign a commitment with their hotkey and receive presigned storage grants."))
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        JavaLoggingBridge.install();
        Launcher.run(Micronaut.build(args).mainClass(Application.class).banner(false));
    }
}
