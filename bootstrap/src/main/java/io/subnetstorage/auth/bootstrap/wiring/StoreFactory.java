package io.subnetstorage.auth.bootstrap.wiring;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.bootstrap.config.StoreConfig;
import io.subnetstorage.auth.bootstrap.embedded.EmbeddedStore;
import io.subnetstorage.auth.bootstrap.embedded.LocalCredentials;
import io.subnetstorage.auth.bootstrap.lifecycle.ShutdownSequence;
import io.subnetstorage.auth.bootstrap.metrics.CountingObjectStore;
import io.subnetstorage.auth.s3.S3ObjectStores;
import io.subnetstorage.auth.s3.S3StoreSettings;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The object store: the configured S3 or S3-compatible bucket, or else the embedded s3proxy, which
 * is only started (and its classes only loaded) in that case.
 */
@Factory
class StoreFactory {

    @Singleton
    ObjectStore objectStore(StoreConfig store, BeanProvider<EmbeddedStore> embedded, MeterRegistry meters) {
        S3StoreSettings settings;
        if (store.real()) {
            settings = new S3StoreSettings(store.endpoint(), store.publicEndpoint(), store.region(), store.bucket(),
                    store.accessKeyId().orElseThrow(), store.secretAccessKey().orElseThrow(), store.pathStyle());
        } else {
            EmbeddedStore local = embedded.get();
            settings = new S3StoreSettings(Optional.of(local.endpoint()), store.publicEndpoint(), store.region(),
                    store.bucket(), local.credentials().accessKeyId(), local.credentials().secretAccessKey(), true);
        }
        return new CountingObjectStore(S3ObjectStores.create(settings), meters);
    }

    /** On the fixed EMBEDDED_S3_PORT, so that grants handed out before a restart still reach it after. */
    @Singleton
    EmbeddedStore embeddedStore(StoreConfig store, DeploymentConfig deployment, ShutdownSequence shutdown) {
        EmbeddedStore started = EmbeddedStore.start(deployment.usableDataDir().resolve("s3"), store.embeddedPort(),
                store.bucket(), LocalCredentials.loadOrCreate(deployment.usableDataDir()));
        shutdown.onClose(ShutdownSequence.Stage.EMBEDDED, "embedded S3 store", started);
        return started;
    }
}
