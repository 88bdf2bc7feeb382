package io.subnetstorage.auth.bootstrap.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.bootstrap.support.OneShotHttp;
import io.subnetstorage.auth.bootstrap.support.ServiceProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Endpoints carry credentials in their user info or query (a node provider's API key, a Redis password). The real
 * service, in a child JVM, must show neither in {@code /healthcheck} nor in anything it logs, while still saying
 * which host it cannot reach.
 */
class SecretsStayOutOfHealthAndLogsTest {

    private static final List<String> SECRETS = List.of("s3cret", "TOPSECRET", "REDISSECRET");

    @Test
    void credentialsInEndpointsAppearNowhere() throws IOException {
        int dead = deadPort();
        Map<String, String> env = Map.of(
                "SUBTENSOR_ENDPOINT", "http://user:s3cret@127.0.0.1:" + dead + "/rpc?apikey=TOPSECRET",
                "REDIS_URL", "redis://:REDISSECRET@127.0.0.1:" + dead + "/0",
                "HOST", "127.0.0.1");
        try (ServiceProcess service = ServiceProcess.start(Files.createTempDirectory("ssa-secrets"), env)) {
            URI base = service.awaitListening();
            OneShotHttp.Outcome health = OneShotHttp.send(base, "GET", "/healthcheck", Optional.empty());
            OneShotHttp.Outcome grant = OneShotHttp.send(base, "POST", "/get-folder-access", Optional.of("{\"hotkey\": 1}"));
            service.terminate();
            String output = service.output();

            assertEquals(200, health.status(), health.body());
            assertTrue(health.body().contains("cannot reach http://127.0.0.1:" + dead + "/rpc"),
                    () -> "the error still names the host: " + health.body());
            assertTrue(output.contains("cannot reach http://127.0.0.1:" + dead + "/rpc"), output);
            for (String secret : SECRETS) {
                assertFalse(health.body().contains(secret), () -> secret + " in /healthcheck: " + health.body());
                assertFalse(grant.body().contains(secret), () -> secret + " in an answer: " + grant.body());
                assertFalse(output.contains(secret), () -> secret + " in the log:\n" + output);
            }
        }
    }

    private static int deadPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
