package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import java.util.function.Supplier;

/** One counter per outbound dependency, incremented each time a call to it fails as unavailable. */
final class DependencyErrors {

    private final Counter counter;

    DependencyErrors(MeterRegistry meters, String dependency, String backend) {
        this.counter = Counter.builder("ssa.dependency.errors")
                .description("Calls to an outbound dependency that failed or timed out")
                .tag("dependency", dependency).tag("backend", backend)
                .register(meters);
    }

    <T> T guard(Supplier<T> call) {
        try {
            return call.get();
        } catch (DependencyUnavailable e) {
            counter.increment();
            throw e;
        }
    }

    void count() {
        counter.increment();
    }
}
