package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.application.port.out.SignedMessage;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Times every sr25519 verification: pure-Java verification is the service's main CPU cost. Fixed buckets
 * around its usual ~0.1 ms (docs/benchmarks.md) let dashboards draw quantiles across instances.
 */
public final class TimedSignatureVerifier implements SignatureVerifier {

    private static final Duration[] BUCKETS = LongStream.of(50, 100, 250, 500, 1_000, 2_000, 5_000, 10_000, 25_000, 100_000)
            .mapToObj(micros -> Duration.of(micros, ChronoUnit.MICROS)).toArray(Duration[]::new);

    private final SignatureVerifier delegate;
    private final Timer timer;

    public TimedSignatureVerifier(SignatureVerifier delegate, MeterRegistry meters) {
        this.delegate = delegate;
        this.timer = Timer.builder("ssa.signature.verification")
                .description("Time spent verifying one sr25519 signature")
                .serviceLevelObjectives(BUCKETS)
                .register(meters);
    }

    @Override
    public boolean verify(Ss58Address signer, byte[] message, Signature signature) {
        return timer.record(() -> delegate.verify(signer, message, signature));
    }

    /** Passed on whole, so the batch stays one batch; the timer measures single verifications only. */
    @Override
    public boolean[] verifyAll(List<SignedMessage> items) {
        return delegate.verifyAll(items);
    }
}
