package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.mirror.FailureReason;
import io.subnetstorage.auth.application.port.out.mirror.MirrorEvents;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;

/**
 * {@code ssa_mirror_failures_total{mirror,reason}} (deploy/prometheus's mirror alerts read it) and
 * {@code ssa_mirror_copies_total{mirror}}: objects written to each mirror by this instance.
 */
public final class MeteredMirrorEvents implements MirrorEvents {

    private final MeterRegistry meters;

    public MeteredMirrorEvents(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void copied(StoreKind mirror) {
        Counter.builder("ssa.mirror.copies").description("Objects written to a mirror by this instance")
                .tag("mirror", mirror.label()).register(meters).increment();
    }

    @Override
    public void failed(StoreKind mirror, FailureReason reason) {
        Counter.builder("ssa.mirror.failures").description("Copies to a mirror that did not end verified, by reason")
                .tag("mirror", mirror.label()).tag("reason", reason.label()).register(meters).increment();
    }
}
