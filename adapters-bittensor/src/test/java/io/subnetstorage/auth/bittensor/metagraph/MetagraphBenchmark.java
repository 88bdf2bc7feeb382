package io.subnetstorage.auth.bittensor.metagraph;

import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Decoding a 256-neuron {@code Vec<NeuronInfoLite>} (polkadot-js bytes) into a snapshot and swapping it in,
 * the work one sync does after the network round trip. Run (from the repository root):
 * <pre>mvn -q -o -pl adapters-bittensor test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath io.subnetstorage.auth.bittensor.metagraph.MetagraphBenchmark"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MetagraphBenchmark {

    private final Fixture subnet = Fixture.load("subnet-256");
    private final byte[] scale = subnet.scale();
    private final String hex = subnet.stateCallResult();
    private final AtomicReference<Optional<MetagraphSnapshot>> held = new AtomicReference<>(Optional.empty());

    @Benchmark
    public MetagraphSnapshot decode256() {
        return Snapshots.of(46, NeuronInfoLiteDecoder.decode(scale, 46), 5_000_000, Instant.EPOCH);
    }

    @Benchmark
    public Optional<MetagraphSnapshot> hexDecodeAndSwap256() {
        MetagraphSnapshot next = Snapshots.of(46, NeuronInfoLiteDecoder.decode(Hex.decode(hex), 46), 5_000_000, Instant.EPOCH);
        return held.getAndSet(Optional.of(next));
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(MetagraphBenchmark.class.getSimpleName()).build()).run();
    }
}
