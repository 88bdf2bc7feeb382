package io.subnetstorage.auth.archfixtures.application.frameworks;

import io.micrometer.core.instrument.MeterRegistry;

/** Planted violation: metrics in the core; they belong in bootstrap's decorators. */
public class UsesMicrometer {

    public void count(MeterRegistry meters) {
        meters.counter("planted").increment();
    }
}
