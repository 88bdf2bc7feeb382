package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;

/** Times every sr25519 verification: pure-Java verification is the service's main CPU cost. */
public final class TimedSignatureVerifier implements SignatureVerifier {

    private final SignatureVerifier delegate;
    private final Timer timer;

    public TimedSignatureVerifier(SignatureVerifier delegate, MeterRegistry meters) {
        this.delegate = delegate;
        this.timer = Timer.builder("ssa.signature.verification")
                .description("Time spent verifying one sr25519 signature")
                .register(meters);
    }

    @Override
    public boolean verify(Ss58Address signer, byte[] message, Signature signature) {
        return timer.record(() -> delegate.verify(signer, message, signature));
    }
}
