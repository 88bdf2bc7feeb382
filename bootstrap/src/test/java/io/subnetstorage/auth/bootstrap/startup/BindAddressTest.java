package io.subnetstorage.auth.bootstrap.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.subnetstorage.auth.bootstrap.support.TestDatabase;
import io.subnetstorage.auth.bootstrap.support.TestSettings;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * HOST (SPEC §12): loopback by default with the development metagraph, whose keys are public; every interface
 * otherwise; and what HOST says when set. Checked on the socket, not only in configuration: the service used to say
 * "listening on localhost" while it accepted connections on every interface.
 */
class BindAddressTest {

    @Test
    void theDevelopmentMetagraphListensOnLoopbackOnly() throws Exception {
        try (TestDatabase database = TestDatabase.create();
                EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, settings(database, Map.of()))) {
            assertEquals("127.0.0.1", server.getHost());
            assertTrue(accepts(InetAddress.getLoopbackAddress(), server.getPort()));
            nonLoopbackAddress().ifPresent(outside -> assertFalse(accepts(outside, server.getPort()), "reachable on " + outside));
        }
    }

    @Test
    void aRealMetagraphListensOnEveryInterface() throws Exception {
        try (TestDatabase database = TestDatabase.create();
                EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                        settings(database, Map.of("ssa.chain.metagraph-file", devMetagraphCopy().toString())))) {
            assertEquals("0.0.0.0", server.getHost());
            assertTrue(accepts(InetAddress.getLoopbackAddress(), server.getPort()));
            nonLoopbackAddress().ifPresent(outside -> assertTrue(accepts(outside, server.getPort()), "unreachable on " + outside));
        }
    }

    @Test
    void hostWinsOverTheDefault() throws Exception {
        try (TestDatabase database = TestDatabase.create();
                EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                        settings(database, Map.of("ssa.server.host", "0.0.0.0")))) {
            assertEquals("0.0.0.0", server.getHost());
            nonLoopbackAddress().ifPresent(outside -> assertTrue(accepts(outside, server.getPort()), "unreachable on " + outside));
        }
    }

    private static Map<String, Object> settings(TestDatabase database, Map<String, String> extra) {
        Map<String, Object> properties = new HashMap<>(TestSettings.cleared());
        properties.put("ssa.s3.endpoint", TestStore.endpoint().toString());
        properties.put("ssa.s3.bucket", TestStore.BUCKET);
        properties.put("ssa.s3.access-key-id", TestStore.CREDENTIALS.accessKeyId());
        properties.put("ssa.s3.secret-access-key", TestStore.CREDENTIALS.secretAccessKey());
        properties.put("ssa.database-url", database.databaseUrl());
        properties.put("ssa.attribution.key", "//BindAddressTest");
        properties.put("ssa.dev-mode", "true");
        properties.putAll(extra);
        return properties;
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** An address of this machine other than loopback, when it has one (a container may not). */
    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(i -> isUp(i) && !isLoopback(i))
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isLoopback(NetworkInterface network) {
        try {
            return network.isLoopback();
        } catch (IOException e) {
            return true;
        }
    }

    private static Path devMetagraphCopy() throws IOException {
        Path file = Files.createTempFile("ssa-metagraph", ".json");
        try (InputStream in = BindAddressTest.class.getClassLoader().getResourceAsStream("metagraph/dev-metagraph.json")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
