package io.subnetstorage.auth.benchmarks.jmh;

import io.subnetstorage.auth.application.port.out.SignedMessage;
import io.subnetstorage.auth.benchmarks.verify.AttributionSignatures;
import io.subnetstorage.auth.bittensor.identity.Sr25519SignatureVerifier;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 1000 attribution signatures (SPEC §9 messages, ~200 bytes), verified one by one against verified as one
 * batch, single-threaded. {@code signers = 1} is a {@code /register-attributions} request (one miner signs
 * them all); {@code 1000} is the worst case, every signature by another key. Run (from the repository root):
 * <pre>mvn -q -o -pl benchmarks -am package -DskipTests &amp;&amp; java -jar benchmarks/target/benchmarks.jar BatchVerifyBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class BatchVerifyBenchmark {

    static final int ATTRIBUTIONS = 1000;

    @Param({"1", "1000"})
    public int signers;

    private final Sr25519SignatureVerifier verifier = new Sr25519SignatureVerifier();
    private List<SignedMessage> items;

    @Setup
    public void sign() {
        items = AttributionSignatures.signed(ATTRIBUTIONS, signers);
        if (!allTrue(verifier.verifyAll(items))) {
            throw new IllegalStateException("the benchmark's signatures must verify");
        }
    }

    /** What a loop over {@code SignatureVerifier.verify} costs for the whole request. */
    @Benchmark
    public int single() {
        int valid = 0;
        for (SignedMessage item : items) {
            valid += verifier.verify(item.signer(), item.message(), item.signature()) ? 1 : 0;
        }
        return valid;
    }

    /** One multiscalar multiplication for the lot ({@code verifyAll}, as {@code /register-attributions} uses it). */
    @Benchmark
    public boolean[] batch() {
        return verifier.verifyAll(items);
    }

    private static boolean allTrue(boolean[] values) {
        for (boolean value : values) {
            if (!value) {
                return false;
            }
        }
        return true;
    }
}
