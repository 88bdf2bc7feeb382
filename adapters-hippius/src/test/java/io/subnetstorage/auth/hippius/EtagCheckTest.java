package io.subnetstorage.auth.hippius;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hippius never checks a body against a checksum, so the adapter compares the ETag of what was stored
 * with the MD5 of what it sent. A store that keeps other bytes (here, an HTTP stub that reports another
 * ETag) makes the write fail instead of passing as done.
 */
class EtagCheckTest {

    @Test
    void aStoredEtagOtherThanTheMd5SentIsAFailedWrite() throws Exception {
        HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("ETag", "\"00000000000000000000000000000000\"");
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().add("Content-Length", "10");
                exchange.sendResponseHeaders(200, -1);
            } else {
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        stub.start();
        try (HippiusObjectStore store = Fixtures.store(Fixtures.shared(URI.create("http://127.0.0.1:" + stub.getAddress().getPort()),
                new BucketName("etag-bucket")))) {
            DependencyUnavailable failure = assertThrows(DependencyUnavailable.class, () -> store.objectIo().orElseThrow()
                    .put(new BucketName("etag-bucket"), new ObjectKey("data/hotkey=x/job_id=1/a.bin"), ObjectContent.of(new byte[10], Map.of())));
            assertTrue(failure.getMessage().contains("ETag"), failure::getMessage);
        } finally {
            stub.stop(0);
        }
    }
}
