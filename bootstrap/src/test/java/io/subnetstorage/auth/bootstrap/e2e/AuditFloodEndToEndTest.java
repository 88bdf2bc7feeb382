package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.EVE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 4: each request with a stale timestamp and a zero signature wrote an audit row naming the
 * hotkey it claimed, and a flood pushed real events out of the bounded queue. Only a request whose
 * signature verified is stored against a hotkey; the rest are counted in {@code ssa_requests_denied_total}.
 */
@MicronautTest
class AuditFloodEndToEndTest extends ServiceTest {

    @Inject
    EmbeddedServer server;

    private long rowsFor(String hotkey) throws Exception {
        try (var db = database().connect(); PreparedStatement query = db.prepareStatement("SELECT count(*) FROM audit_events WHERE hotkey = ?")) {
            query.setString(1, hotkey);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void forgeriesInAVictimsNameLeaveNoAuditRowsButAreCounted() throws Exception {
        Wire wire = new Wire(server.getURI());
        String zero = "00".repeat(64);
        for (int i = 0; i < 40; i++) {
            assertEquals(400, wire.post("/get-folder-access", Signer.with(Signer.miner(ALICE, now() - 400), "signature", zero)).status());
            assertEquals(401, wire.post("/get-folder-access", Signer.with(Signer.miner(ALICE, now()), "signature", zero)).status());
        }
        // A verified signer that is refused (Eve is not on the metagraph) is audited: once its row is in, the
        // audit queue has been written past every forgery that came before it.
        assertEquals(401, wire.post("/get-folder-access", Signer.miner(EVE, now())).status());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (rowsFor(EVE.address()) == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertEquals(1, rowsFor(EVE.address()));
        assertEquals(0, rowsFor(ALICE.address()), "no row in the victim's name");
        String metrics = wire.get("/metrics").text();
        assertTrue(metrics.contains("ssa_requests_denied_total{reason=\"TIMESTAMP_OUTSIDE_WINDOW\",role=\"miner\"} 40.0"), metrics);
        assertTrue(metrics.contains("ssa_requests_denied_total{reason=\"SIGNATURE_INVALID\",role=\"miner\"} 40.0"), metrics);
    }
}
