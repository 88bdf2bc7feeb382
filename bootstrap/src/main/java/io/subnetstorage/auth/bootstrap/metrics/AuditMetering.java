package io.subnetstorage.auth.bootstrap.metrics;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.AuditTrail;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import jakarta.inject.Singleton;

/**
 * Wraps whichever audit trail the configuration supplies (the PostgreSQL one is a bean of its own
 * module) in {@link MeteredAuditTrail}, so grant and denial counts do not depend on the backend.
 */
@Singleton
final class AuditMetering implements BeanCreatedEventListener<AuditTrail> {

    private final BeanProvider<MeterRegistry> meters;
    private final BeanProvider<ObjectStore> store;

    AuditMetering(BeanProvider<MeterRegistry> meters, BeanProvider<ObjectStore> store) {
        this.meters = meters;
        this.store = store;
    }

    @Override
    public AuditTrail onCreated(BeanCreatedEvent<AuditTrail> event) {
        return new MeteredAuditTrail(event.getBean(), meters.get(), () -> store.get().backend());
    }
}
