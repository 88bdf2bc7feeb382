package io.subnetstorage.auth.bootstrap.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.application.port.out.RevocationRegistry;
import io.subnetstorage.auth.bootstrap.health.DependencyProbes;
import io.subnetstorage.auth.bootstrap.metrics.CountingGrantLedger;
import io.subnetstorage.auth.bootstrap.metrics.CountingRevocationRegistry;
import io.subnetstorage.auth.bootstrap.metrics.DependencyStates;
import jakarta.inject.Singleton;

/**
 * Wraps the database ports the configuration supplies (the PostgreSQL ones are beans of their own module)
 * as they are created, so that every user of them is counted and reported without knowing it.
 */
abstract class DatabaseMetering<T> implements BeanCreatedEventListener<T> {

    private final BeanProvider<MeterRegistry> meters;
    private final BeanProvider<DependencyStates> states;

    DatabaseMetering(BeanProvider<MeterRegistry> meters, BeanProvider<DependencyStates> states) {
        this.meters = meters;
        this.states = states;
    }

    @Override
    public T onCreated(BeanCreatedEvent<T> event) {
        return wrap(event.getBean(), meters.get(), states.get());
    }

    abstract T wrap(T port, MeterRegistry meters, DependencyStates states);

    /** Grant writes report apart: they fail on a full disk while reads still work. */
    @Singleton
    static final class Ledger extends DatabaseMetering<GrantLedger> {

        Ledger(BeanProvider<MeterRegistry> meters, BeanProvider<DependencyStates> states) {
            super(meters, states);
        }

        @Override
        GrantLedger wrap(GrantLedger port, MeterRegistry meters, DependencyStates states) {
            return new CountingGrantLedger(port, DependencyProbes.DATABASE_BACKEND, meters, states.grantWrites());
        }
    }

    /** Every signed request reads revocations: the first database call of each. */
    @Singleton
    static final class Revocations extends DatabaseMetering<RevocationRegistry> {

        Revocations(BeanProvider<MeterRegistry> meters, BeanProvider<DependencyStates> states) {
            super(meters, states);
        }

        @Override
        RevocationRegistry wrap(RevocationRegistry port, MeterRegistry meters, DependencyStates states) {
            return new CountingRevocationRegistry(port, DependencyProbes.DATABASE_BACKEND, meters, states.database());
        }
    }
}
