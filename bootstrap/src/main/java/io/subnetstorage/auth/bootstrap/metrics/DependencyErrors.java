package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import java.util.function.Supplier;

/**
 * One counter per outbound dependency, incremented each time a call to it fails as unavailable; each
 * outcome is also reported to the dependency's {@link DependencyState}, which logs ups and downs.
 */
public final class DependencyErrors {

    private final Counter counter;
    private final DependencyState state;

    public DependencyErrors(MeterRegistry meters, String dependency, String backend, DependencyState state) {
        this.counter = Counter.builder("ssa.dependency.errors")
                .description("Calls to an outbound dependency that failed or timed out")
                .tag("dependency", dependency).tag("backend", backend)
                .register(meters);
        this.state = state;
    }

    <T> T guard(Supplier<T> call) {
        T result;
        try {
            result = call.get();
        } catch (DependencyUnavailable e) {
            counter.increment();
            state.down(e.getMessage());
            throw e;
        }
        state.up();
        return result;
    }

    void run(Runnable call) {
        guard(() -> {
            call.run();
            return null;
        });
    }

    /** Reports a check that answers with a flag rather than an exception. */
    public void observe(boolean ok, String reasonIfNot) {
        if (!ok) {
            counter.increment();
        }
        state.observe(ok, reasonIfNot);
    }
}
