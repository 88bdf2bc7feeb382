package io.subnetstorage.auth.bittensor.identity;

import java.util.concurrent.TimeUnit;
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
 * One Keccak-f[1600] permutation: the unrolled {@link Keccak} against the textbook loops it replaced. Run (from the
 * repository root):
 * <pre>mvn -q -o -pl adapters-bittensor test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath io.subnetstorage.auth.bittensor.identity.KeccakBenchmark"</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KeccakBenchmark {

    private final byte[] state = new byte[200];

    @Benchmark
    public byte[] unrolled() {
        Keccak.permute(state);
        return state;
    }

    @Benchmark
    public byte[] textbook() {
        KeccakReference.permute(state);
        return state;
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(KeccakBenchmark.class.getSimpleName()).build()).run();
    }
}
