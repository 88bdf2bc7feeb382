package io.subnetstorage.auth.bootstrap;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.util.HashMap;
import java.util.Map;

@OpenAPIDefinition(info = @Info(
        title = "Subnet Storage Auth",
        version = "0.1.0",
        description = "Blockchain-authenticated storage access for a Bittensor subnet: miners and validators "
                + "sign a commitment with their hotkey and receive presigned storage grants."))
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .properties(emptyPortMeansDefault(System.getenv("PORT")))
                .start();
    }

    /**
     * application.yml reads {@code ${PORT:8000}}, but an exported empty PORT would reach the server as
     * an unparsable port; every variable treats empty as unset, so PORT does too.
     */
    static Map<String, Object> emptyPortMeansDefault(String port) {
        Map<String, Object> properties = new HashMap<>();
        if (port != null && port.isBlank()) {
            properties.put("micronaut.server.port", 8000);
        }
        return properties;
    }
}
