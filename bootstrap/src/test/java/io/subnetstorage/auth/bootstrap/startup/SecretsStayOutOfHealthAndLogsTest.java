package io.subnetstorage.auth.bootstrap.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.bootstrap.support.OneShotHttp;
import io.subnetstorage.auth.bootstrap.support.ServiceProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Endpoints carry credentials in their user info or query (a node provider's API key, a Redis password). The real
 * service, in a child JVM, must show neither in {@code /healthcheck} nor in anything it logs, while still saying
 * which host it cannot reach.
 */
class SecretsStayOutOfHealthAndLogsTest {

    private static final List<String> SECRETS = List.of("s3cret", "TOPSECRET", "REDISSECRET");

    @TempDir
    Path dataDir;

    @Test
    void credentialsInEndpointsAppearNowhere() throws IOException {
        try (HangUp node = new HangUp()) {
            assertSecretsStayOut(node.port());
        }
    }

    private void assertSecretsStayOut(int hangsUp) throws IOException {
        Map<String, String> env = Map.of(
                "SUBTENSOR_ENDPOINT", "http://user:s3cret@127.0.0.1:" + hangsUp + "/rpc?apikey=TOPSECRET",
                "REDIS_URL", "redis://:REDISSECRET@127.0.0.1:" + hangsUp + "/0",
                "HOST", "127.0.0.1");
        try (ServiceProcess service = ServiceProcess.start(dataDir, env)) {
            URI base = service.awaitListening();
            OneShotHttp.Outcome health = OneShotHttp.send(base, "GET", "/healthcheck", Optional.empty());
            OneShotHttp.Outcome grant = OneShotHttp.send(base, "POST", "/get-folder-access", Optional.of("{\"hotkey\": 1}"));
            service.terminate();
            String output = service.output();

            assertEquals(200, health.status(), health.body());
            assertTrue(health.body().contains("http://127.0.0.1:" + hangsUp + "/rpc"),
                    () -> "the error still names the host: " + health.body());
            assertTrue(output.contains("http://127.0.0.1:" + hangsUp + "/rpc"), output);
            for (String secret : SECRETS) {
                assertFalse(health.body().contains(secret), () -> secret + " in /healthcheck: " + health.body());
                assertFalse(grant.body().contains(secret), () -> secret + " in an answer: " + grant.body());
                assertFalse(output.contains(secret), () -> secret + " in the log:\n" + output);
            }
        }
    }

    /**
     * A port of this test's own for the whole test (a port found free and released could be taken by another build
     * meanwhile), where every connection is closed at once: the node and Redis are unreachable, quickly.
     */
    private static final class HangUp implements AutoCloseable {

        private final ServerSocket socket;

        HangUp() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        connection.setSoLinger(true, 0);
                    } catch (IOException closedOrReset) {
                        // the test is over, or the client gave up first
                    }
                }
            }, "hang-up");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
