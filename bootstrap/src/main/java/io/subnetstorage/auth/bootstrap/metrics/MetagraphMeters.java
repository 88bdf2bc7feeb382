package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import java.time.Clock;

/** Gauges read from the metagraph source at scrape time: how old it is, how many neurons, whether degraded. */
public final class MetagraphMeters {

    private MetagraphMeters() {
    }

    public static void bind(MetagraphSource source, MeterRegistry meters, Clock clock) {
        Gauge.builder("ssa.metagraph.age", source,
                        s -> s.current().map(snapshot -> snapshot.age(clock.instant()).toMillis() / 1000.0).orElse(Double.NaN))
                .description("Seconds since the metagraph snapshot in use was read; NaN when there is none")
                .baseUnit("seconds")
                .register(meters);
        Gauge.builder("ssa.metagraph.neurons", source, s -> s.current().map(MetagraphSnapshot::size).orElse(0))
                .description("Neurons in the metagraph snapshot in use")
                .register(meters);
        Gauge.builder("ssa.metagraph.degraded", source, s -> s.status().degraded() ? 1 : 0)
                .description("1 when the last metagraph refresh failed or used a fallback path")
                .register(meters);
    }
}
