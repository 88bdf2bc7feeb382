package io.subnetstorage.auth.bittensor.metagraph;

import static io.subnetstorage.auth.bittensor.metagraph.Harness.CHARLIE;
import static io.subnetstorage.auth.bittensor.metagraph.Harness.FERDIE;
import static io.subnetstorage.auth.bittensor.metagraph.Harness.degradedWith;
import static io.subnetstorage.auth.bittensor.metagraph.Harness.has;
import static io.subnetstorage.auth.bittensor.metagraph.Harness.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.testing.Eventually;
import io.subnetstorage.auth.bittensor.metagraph.FakeSubtensor.Fault;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The same sync over a WebSocket endpoint (what finney and test expose), against an in-test server. */
class WebSocketMetagraphTest {

    private final FakeSubtensor node = new FakeSubtensor(Fixture.load("subnet-256"));
    private final WebSocketRpcServer server = new WebSocketRpcServer(node);
    private RefreshingMetagraphSource source;

    WebSocketMetagraphTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        source.close();
        server.close();
    }

    @Test
    void syncsTheWholeSubnetAndFollowsRegistrations() {
        source = Harness.start(server.uri(), List.of());
        assertEquals(256, snapshot(source).size());
        assertFalse(source.status().degraded());

        node.serve(Fixture.load("small-before"));
        Eventually.until(() -> has(source, CHARLIE), () -> source.status().toString());
        node.serve(Fixture.load("small-after"));
        Eventually.until(() -> has(source, FERDIE) && !has(source, CHARLIE), () -> String.valueOf(source.current()));
    }

    @Test
    void aSlowNodeTimesOutKeepsTheSnapshotAndTheNextConnectionRecovers() {
        source = Harness.start(server.uri(), List.of());
        MetagraphSnapshot good = snapshot(source);

        node.slowFor(Harness.SLOW_REPLY_MILLIS);
        node.fault(Fault.SLOW);
        Eventually.until(() -> degradedWith(source, "no answer " + Harness.TIMED_OUT), () -> source.status().toString());
        assertSame(good, snapshot(source));

        node.fault(Fault.NONE);
        Eventually.until(() -> !source.status().degraded(), () -> source.status().toString());
        assertTrue(snapshot(source).syncedAt().isAfter(good.syncedAt()));
    }

    @Test
    void storageFallbackWorksOverBatchedWebSocketCalls() {
        node.fault(Fault.NO_RUNTIME_API);
        source = Harness.start(server.uri(), List.of());

        assertEquals(256, snapshot(source).size());
        assertTrue(degradedWith(source, "storage-fallback"), source.status().toString());
    }
}
