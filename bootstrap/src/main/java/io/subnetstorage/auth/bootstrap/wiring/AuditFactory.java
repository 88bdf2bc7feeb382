package io.subnetstorage.auth.bootstrap.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.exceptions.NoSuchBeanException;
import io.subnetstorage.auth.application.port.out.AuditTrail;
import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.bootstrap.lifecycle.ShutdownSequence;
import io.subnetstorage.auth.bootstrap.metrics.MeteredAuditTrail;
import io.subnetstorage.auth.bootstrap.metrics.MeteredGrantLedger;
import io.subnetstorage.auth.bootstrap.metrics.RecentActivity;
import jakarta.inject.Singleton;

/**
 * Puts the metered decorators in front of whichever audit trail and ledger the configuration supplies (the
 * PostgreSQL ones are beans of their own module). They are primary, so use cases get the metered ones while
 * the adapters keep their own lifecycle (the shutdown sequence flushes the audit queue).
 */
@Factory
class AuditFactory {

    @Singleton
    @Primary
    MeteredAuditTrail meteredAuditTrail(BeanContext context, ShutdownSequence shutdown) {
        AuditTrail adapter = adapter(context, AuditTrail.class, MeteredAuditTrail.class);
        // Destroying the adapter flushes its queue: after HTTP has drained, before the database pool closes.
        shutdown.onClose(ShutdownSequence.Stage.AUDIT, "audit trail", () -> context.destroyBean(adapter));
        return new MeteredAuditTrail(adapter);
    }

    @Singleton
    @Primary
    MeteredGrantLedger meteredGrantLedger(BeanContext context, MeterRegistry meters, RecentActivity activity) {
        return new MeteredGrantLedger(adapter(context, GrantLedger.class, MeteredGrantLedger.class), meters, activity);
    }

    private static <T> T adapter(BeanContext context, Class<T> port, Class<? extends T> decorator) {
        return context.getBeanDefinitions(port).stream()
                .filter(definition -> !decorator.isAssignableFrom(definition.getBeanType()))
                .findFirst()
                .map(context::getBean)
                .orElseThrow(() -> new NoSuchBeanException(port));
    }
}
