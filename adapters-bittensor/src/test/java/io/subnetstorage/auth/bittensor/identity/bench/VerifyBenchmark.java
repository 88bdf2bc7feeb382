package io.subnetstorage.auth.bittensor.identity.bench;

import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.bittensor.identity.Sr25519SignatureVerifier;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
 * sr25519 verification cost, single-threaded. Run (from the repository root):
 * <pre>mvn -q -o -pl adapters-bittensor test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath io.subnetstorage.auth.bittensor.identity.bench.VerifyBenchmark"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VerifyBenchmark {

    private byte[] publicKey;
    private byte[] message;
    private byte[] signature;
    private Ss58Address signer;
    private Signature typedSignature;
    private final Sr25519SignatureVerifier verifier = new Sr25519SignatureVerifier();

    @Setup
    public void sign() {
        Sr25519Keypair miner = DevKeys.alice();
        publicKey = miner.publicKey();
        message = ("s3:data:access:" + DevKeys.bob().address() + ":" + miner.address() + ":1735689600")
                .getBytes(StandardCharsets.UTF_8);
        typedSignature = miner.sign(message);
        signature = typedSignature.bytes();
        signer = miner.ss58Address();
    }

    /** The raw primitive: public-key decoding, transcript and double-scalar multiplication. */
    @Benchmark
    public boolean verifyRaw() {
        return Sr25519.verify(publicKey, message, signature);
    }

    /** What the service calls, for a signer it has seen before (decoded keys are cached). */
    @Benchmark
    public boolean verifySs58() {
        return verifier.verify(signer, message, typedSignature);
    }

    /** The same for a first-time signer: SS58 decoding (base58, blake2b checksum, ristretto decoding) included. */
    @Benchmark
    public boolean verifySs58FirstSight() {
        return new Sr25519SignatureVerifier().verify(signer, message, typedSignature);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(VerifyBenchmark.class.getName()).build()).run();
    }
}
