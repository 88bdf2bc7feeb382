package io.subnetstorage.auth.bootstrap.wiring;

import io.micronaut.context.BeanContext;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.exceptions.NoSuchBeanException;
import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.AuditTrail;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.bootstrap.lifecycle.ShutdownSequence;
import io.subnetstorage.auth.bootstrap.metrics.MeteredAuditTrail;
import jakarta.inject.Singleton;

/**
 * Puts {@link MeteredAuditTrail} in front of whichever audit trail the configuration supplies (the
 * PostgreSQL one is a bean of its own module). It is the primary AuditTrail, so use cases get the
 * metered one. The adapter keeps its own lifecycle: the shutdown sequence destroys it, which flushes its queue,
 * after HTTP has drained and before the database pool closes.
 */
@Factory
class AuditFactory {

    @Singleton
    @Primary
    MeteredAuditTrail meteredAuditTrail(BeanContext context, MeterRegistry meters, BeanProvider<ObjectStore> store,
            ShutdownSequence shutdown) {
        AuditTrail adapter = context.getBeanDefinitions(AuditTrail.class).stream()
                .filter(definition -> !MeteredAuditTrail.class.isAssignableFrom(definition.getBeanType()))
                .findFirst()
                .map(context::getBean)
                .orElseThrow(() -> new NoSuchBeanException(AuditTrail.class));
        shutdown.onClose(ShutdownSequence.Stage.AUDIT, "audit trail", () -> context.destroyBean(adapter));
        return new MeteredAuditTrail(adapter, meters, () -> store.get().backend());
    }
}
