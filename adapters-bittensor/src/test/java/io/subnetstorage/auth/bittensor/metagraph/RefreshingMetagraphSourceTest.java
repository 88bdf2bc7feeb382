package io.subnetstorage.auth.bittensor.metagraph;

import static io.subnetstorage.auth.bittensor.metagraph.Harness.ALICE;
import static io.subnetstorage.auth.bittensor.metagraph.Harness.CHARLIE;
import static io.subnetstorage.auth.bittensor.metagraph.Harness.FERDIE;
import static io.subnetstorage.auth.bittensor.metagraph.Harness.degradedWith;
import static io.subnetstorage.auth.bittensor.metagraph.Harness.has;
import static io.subnetstorage.auth.bittensor.metagraph.Harness.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.out.MetagraphStatus;
import io.subnetstorage.auth.application.testing.Eventually;
import io.subnetstorage.auth.bittensor.metagraph.FakeSubtensor.Fault;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefreshingMetagraphSourceTest {

    private final FakeSubtensor node = new FakeSubtensor(Fixture.load("small-before"));
    private final HttpRpcServer server = new HttpRpcServer(node);
    private RefreshingMetagraphSource source;

    RefreshingMetagraphSourceTest() throws Exception {
    }

    @AfterEach
    void stop() {
        if (source != null) {
            source.close();
        }
        server.close();
    }

    @Test
    void firstSyncReadsTheWholeSubnetAtTheFinalizedBlock() {
        Fixture subnet = Fixture.load("subnet-256");
        node.serve(subnet);
        source = Harness.start(server.uri(), List.of());

        MetagraphSnapshot snapshot = snapshot(source);
        assertEquals(256, snapshot.size());
        assertEquals(node.block(), snapshot.block());
        assertEquals(List.copyOf(snapshot.neurons()), NeuronInfoLiteDecoder.decode(subnet.scale(), 46));
        assertEquals(MetagraphStatus.healthy("subtensor", snapshot.syncedAt()), source.status());
    }

    @Test
    void aRegisteredHotkeyIsAdmittedAndADroppedOneIsGoneAfterTheNextRefresh() {
        List<MetagraphSnapshot> seen = new CopyOnWriteArrayList<>();
        Consumer<MetagraphSnapshot> broken = s -> {
            throw new IllegalStateException("registry down");
        };
        source = Harness.start(server.uri(), List.of(broken, seen::add));
        assertTrue(has(source, CHARLIE));
        assertFalse(has(source, FERDIE));
        long before = snapshot(source).block();

        node.serve(Fixture.load("small-after"));
        Eventually.until(() -> has(source, FERDIE), () -> "Ferdie registered; " + source.current());

        assertFalse(has(source, CHARLIE));
        assertTrue(has(source, ALICE));
        assertTrue(snapshot(source).block() > before);
        // Listeners run after the snapshot is published: wait for them rather than race them.
        Eventually.until(() -> seen.stream().anyMatch(s -> s.find(FERDIE).isPresent()), () -> "listener after a failing one still runs");
        assertFalse(source.status().degraded());
    }

    @Test
    void nodeDownKeepsTheLastGoodSnapshotAndRecovers() throws Exception {
        source = Harness.start(server.uri(), List.of());
        MetagraphSnapshot good = snapshot(source);

        server.stop();
        Eventually.until(() -> degradedWith(source, "cannot reach"), () -> source.status().toString());
        assertSame(good, snapshot(source));
        assertEquals(Optional.of(good.syncedAt()), source.status().lastSync());

        server.restart();
        Eventually.until(() -> !source.status().degraded(), () -> source.status().toString());
        assertTrue(snapshot(source).syncedAt().isAfter(good.syncedAt()));
    }

    @Test
    void rpcErrorsJunkAndSlowRepliesKeepTheLastGoodSnapshot() {
        source = Harness.start(server.uri(), List.of());
        MetagraphSnapshot good = snapshot(source);
        node.slowFor(Harness.SLOW_REPLY_MILLIS);

        for (Fault fault : List.of(Fault.DOWN, Fault.JUNK, Fault.SLOW)) {
            String expected = fault == Fault.DOWN ? "node is syncing" : fault == Fault.JUNK ? "not JSON" : Harness.TIMED_OUT;
            node.fault(fault);
            Eventually.until(() -> degradedWith(source, expected), () -> fault + ": " + source.status());
            assertSame(good, snapshot(source), fault.name());
            assertEquals(Optional.of(good.syncedAt()), source.status().lastSync());
            node.fault(Fault.NONE);
            Eventually.until(() -> !source.status().degraded(), () -> source.status().toString());
            good = snapshot(source);
        }
    }

    @Test
    void startWaitsOnlyInitialWaitThenKeepsTrying() {
        node.hold();
        SubtensorSettings settings = new SubtensorSettings(server.uri(), 46, Duration.ofMillis(100),
                Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofSeconds(30));
        try {
            source = RefreshingMetagraphSource.start(settings, Clock.systemUTC(), List.of());

            // start returned while the node had not answered at all
            assertEquals(Optional.empty(), source.current());
            assertTrue(source.status().degraded());
            assertEquals(Optional.empty(), source.status().lastSync());
        } finally {
            node.release();
        }
        Eventually.until(() -> has(source, ALICE), () -> source.status().toString());
    }

    @Test
    void closeStopsSyncing() {
        Set<Thread> before = syncThreads();
        source = Harness.start(server.uri(), List.of());
        Set<Thread> syncing = syncThreads();
        syncing.removeAll(before);
        assertFalse(syncing.isEmpty(), "this source's sync thread runs before close");

        source.close();

        // With its thread gone nothing can sync again; a source still scheduled would keep it alive.
        Eventually.until(() -> syncing.stream().noneMatch(Thread::isAlive), () -> "sync threads still alive: " + syncing);
    }

    private static Set<Thread> syncThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("metagraph-sync-46") && thread.isAlive())
                .collect(Collectors.toSet());
    }
}
