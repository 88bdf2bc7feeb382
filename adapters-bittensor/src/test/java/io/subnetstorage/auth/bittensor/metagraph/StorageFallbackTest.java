package io.subnetstorage.auth.bittensor.metagraph;

import static io.subnetstorage.auth.bittensor.metagraph.Harness.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.bittensor.metagraph.FakeSubtensor.Fault;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.membership.Neuron;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** When the runtime API fails or its bytes do not decode, the storage maps give the same neurons. */
class StorageFallbackTest {

    private final Fixture subnet = Fixture.load("subnet-256");
    private final FakeSubtensor node = new FakeSubtensor(subnet);
    private final HttpRpcServer server = new HttpRpcServer(node);
    private RefreshingMetagraphSource source;

    StorageFallbackTest() throws Exception {
    }

    @AfterEach
    void stop() {
        source.close();
        server.close();
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"GARBAGE", "NO_RUNTIME_API"})
    void storageEntriesGiveTheSameNeuronsAndReportDegraded(Fault fault) {
        List<Neuron> expected = NeuronInfoLiteDecoder.decode(subnet.scale(), 46);
        node.putStorage(StorageKeys.active(46), activeList(expected));
        node.fault(fault);
        source = Harness.start(server.uri(), List.of());

        MetagraphSnapshot snapshot = snapshot(source);
        assertEquals(expected, List.copyOf(snapshot.neurons()));
        assertEquals(node.block(), snapshot.block());
        assertTrue(source.status().degraded());
        assertEquals(snapshot.syncedAt(), source.status().lastSync().orElseThrow());
        assertTrue(source.status().lastError().orElseThrow().startsWith("storage-fallback: "), source.status().toString());
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"GARBAGE"})
    void withoutAnActiveEntryEveryNeuronCountsAsActive(Fault fault) {
        node.fault(fault);
        source = Harness.start(server.uri(), List.of());

        List<Neuron> fromStorage = List.copyOf(snapshot(source).neurons());
        List<Neuron> fromRuntime = NeuronInfoLiteDecoder.decode(subnet.scale(), 46);
        for (int i = 0; i < fromRuntime.size(); i++) {
            Neuron r = fromRuntime.get(i);
            assertEquals(new Neuron(r.uid(), r.hotkey(), r.coldkey(), true, r.validatorPermit(), r.stakeRao()), fromStorage.get(i));
        }
    }

    /** SCALE Vec<bool>, written by hand: compact length then one byte per neuron. */
    private static String activeList(List<Neuron> neurons) {
        NeuronInfoLiteEncoder out = new NeuronInfoLiteEncoder();
        out.compact(neurons.size());
        StringBuilder hex = new StringBuilder(Hex.encode(out.bytes()));
        neurons.forEach(n -> hex.append(n.active() ? "01" : "00"));
        return hex.toString();
    }
}
