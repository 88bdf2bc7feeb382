package io.subnetstorage.auth.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.port.in.mirror.CopyToMirrorUseCase;
import io.subnetstorage.auth.application.port.in.mirror.ScanForMirrorsUseCase;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without MIRROR_STORES nothing mirrors: no scans, no copy workers, no lag in metrics or /healthcheck. */
@MicronautTest
class NoMirrorTest extends ServiceTest {

    @Inject
    ApplicationContext context;

    @Inject
    EmbeddedServer server;

    @Test
    void nothingScansCopiesOrReportsLag() {
        assertTrue(context.findBean(ScanForMirrorsUseCase.class).isEmpty());
        assertTrue(context.findBean(CopyToMirrorUseCase.class).isEmpty());
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(thread -> thread.getName().startsWith("mirror-")));
        Wire wire = new Wire(server.getURI());
        @SuppressWarnings("unchecked")
        Map<String, Object> s3 = (Map<String, Object>) wire.get("/healthcheck").map("stores").get("s3");
        assertFalse(s3.containsKey("lag_objects") || s3.containsKey("lag_seconds") || s3.containsKey("conflicts"),
                "no lag fields, so the status page shows no lag columns: " + s3);
        assertFalse(wire.get("/metrics").text().contains("ssa_mirror_"));
    }
}
