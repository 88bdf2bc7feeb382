package io.subnetstorage.auth.bootstrap.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.bootstrap.support.ServiceProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that cannot succeed ends the process with status 1 and one line naming the variable to fix, not a page
 * of stack trace, and leaves nothing running. The real service in a child JVM, as an operator starts it.
 */
class FailedStartTest {

    @Test
    void aGrantLifetimeOutOfRangeIsOneLineAtStartNotA500Later() throws IOException {
        assertFailsInOneLine(Map.of("MAX_GRANT_LIFETIME", "30d"), "MAX_GRANT_LIFETIME");
    }

    @Test
    void anUnparsablePortIsOneLine() throws IOException {
        assertFailsInOneLine(Map.of("PORT", "abc"), "PORT");
    }

    @Test
    void aDataDirThatIsAFileIsOneLine() throws IOException {
        assertFailsInOneLine(Map.of("DATA_DIR", Files.writeString(dataDir.resolve("a-file"), "not a directory").toString()),
                "DATA_DIR");
    }

    @Test
    void aBusyEmbeddedStorePortIsOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertFailsInOneLine(Map.of("EMBEDDED_S3_PORT", Integer.toString(taken.getLocalPort())), "EMBEDDED_S3_PORT");
        }
    }

    @Test
    void aBusyHttpPortIsOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertFailsInOneLine(Map.of("HOST", "127.0.0.1", "PORT", Integer.toString(taken.getLocalPort())), "PORT");
        }
    }

    @TempDir
    Path dataDir;

    private void assertFailsInOneLine(Map<String, String> env, String variable) throws IOException {
        try (ServiceProcess service = ServiceProcess.start(dataDir, env)) {
            int status = service.awaitExit();
            String output = service.output();
            assertNotEquals(0, status, output);
            List<String> failure = output.lines().filter(l -> l.contains(StartupFailure.PREFIX)).toList();
            assertEquals(1, failure.size(), output);
            assertTrue(failure.get(0).contains(variable), output);
            assertTrue(output.lines().noneMatch(l -> l.matches("\\s+at .*") || l.matches("\\s*\\.\\.\\. \\d+ more")),
                    () -> "a stack trace:\n" + output);
            assertTrue(output.lines().count() <= 5, () -> "more than the failure:\n" + output);
        }
    }
}
