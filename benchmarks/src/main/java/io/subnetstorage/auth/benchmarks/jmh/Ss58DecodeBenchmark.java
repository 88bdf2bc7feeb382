package io.subnetstorage.auth.benchmarks.jmh;

import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Ss58;
import io.subnetstorage.auth.domain.identity.Ss58Address;
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

/**
 * SS58 decoding of a hotkey as every signed request does it before the verifier's key cache can help:
 * {@code decode} is base58, the Blake2b-512 checksum and the prefix check; {@code parseAddress} is the
 * domain's format check alone, to show what the cheap part costs next to the checksum.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Ss58DecodeBenchmark {

    // Read from a field, not a constant, so the JIT cannot fold the input away.
    private String address = DevKeys.alice().address();

    @Benchmark
    public byte[] decode() {
        return Ss58.decode(address, Ss58.GENERIC_PREFIX);
    }

    @Benchmark
    public Ss58Address parseAddress() {
        return new Ss58Address(address);
    }
}
