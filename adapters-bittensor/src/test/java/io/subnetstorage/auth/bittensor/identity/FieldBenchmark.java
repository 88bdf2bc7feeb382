package io.subnetstorage.auth.bittensor.identity;

import java.math.BigInteger;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.math.ec.rfc7748.X25519Field;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@link Field51} against Bouncy Castle's {@code X25519Field}, the field arithmetic it replaced: one multiplication
 * or squaring per call on independent operands (throughput, as in the point formulas), and a chain of 16 dependent
 * ones (latency). Run (from the repository root):
 * <pre>mvn -q -o -pl adapters-bittensor test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath io.subnetstorage.auth.bittensor.identity.FieldBenchmark"</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FieldBenchmark {

    private static final int CHAIN = 16;
    private final int[] bcA = X25519Field.create();
    private final int[] bcB = X25519Field.create();
    private final int[] bcOut = X25519Field.create();
    private final long[] a = Field51.create();
    private final long[] b = Field51.create();
    private final long[] out = Field51.create();

    @Setup
    public void operands() {
        Random random = new Random(1);
        byte[] x = random32(random);
        byte[] y = random32(random);
        X25519Field.decode(x, 0, bcA);
        X25519Field.decode(y, 0, bcB);
        Field51.decode(x, a);
        Field51.decode(y, b);
    }

    private static byte[] random32(Random random) {
        byte[] bytes = new BigInteger(254, random).toByteArray();
        byte[] le = new byte[32];
        for (int i = 0; i < bytes.length && i < 32; i++) {
            le[i] = bytes[bytes.length - 1 - i];
        }
        return le;
    }

    @Benchmark
    public int[] bcMul() {
        X25519Field.mul(bcA, bcB, bcOut);
        return bcOut;
    }

    @Benchmark
    public long[] field51Mul() {
        Field51.mul(a, b, out);
        return out;
    }

    @Benchmark
    public int[] bcSqr() {
        X25519Field.sqr(bcA, bcOut);
        return bcOut;
    }

    @Benchmark
    public long[] field51Sqr() {
        Field51.sqr(a, out);
        return out;
    }

    @Benchmark
    public int[] bcMulChain() {
        X25519Field.copy(bcA, 0, bcOut, 0);
        for (int i = 0; i < CHAIN; i++) {
            X25519Field.mul(bcOut, bcB, bcOut);
        }
        return bcOut;
    }

    @Benchmark
    public long[] field51MulChain() {
        Field51.copy(a, out);
        for (int i = 0; i < CHAIN; i++) {
            Field51.mul(out, b, out);
        }
        return out;
    }

    @Benchmark
    public int[] bcSqrChain() {
        X25519Field.sqr(bcA, CHAIN, bcOut);
        return bcOut;
    }

    @Benchmark
    public long[] field51SqrChain() {
        Field51.sqrN(a, CHAIN, out);
        return out;
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(FieldBenchmark.class.getName()).build()).run();
    }
}
