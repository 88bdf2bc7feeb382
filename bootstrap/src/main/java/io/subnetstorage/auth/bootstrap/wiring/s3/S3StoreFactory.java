package io.subnetstorage.auth.bootstrap.wiring.s3;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.bootstrap.config.ConfiguredStores;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.bootstrap.config.StoreConfig;
import io.subnetstorage.auth.bootstrap.config.UploadConfig;
import io.subnetstorage.auth.bootstrap.embedded.EmbeddedStore;
import io.subnetstorage.auth.bootstrap.embedded.LocalCredentials;
import io.subnetstorage.auth.bootstrap.lifecycle.ShutdownSequence;
import io.subnetstorage.auth.s3.S3ObjectStores;
import io.subnetstorage.auth.s3.S3StoreSettings;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The S3 store; the embedded s3proxy is only started (and its classes only loaded) when it is the store. */
@Factory
class S3StoreFactory {

    @Singleton
    @Named("s3")
    ObjectStore s3Store(StoreConfig store, UploadConfig uploads, ConfiguredStores configured, BeanProvider<EmbeddedStore> embedded,
            ShutdownSequence shutdown) {
        ObjectStore s3;
        if (!configured.embedded()) {
            s3 = S3ObjectStores.create(new S3StoreSettings(store.endpoint(), store.publicEndpoint(), store.region(), store.bucket(),
                    store.accessKeyId().orElseThrow(), store.secretAccessKey().orElseThrow(), store.pathStyle(), uploads.multipartThreshold()));
        } else {
            EmbeddedStore local = embedded.get();
            s3 = local.listingInProcess(S3ObjectStores.create(new S3StoreSettings(Optional.of(local.endpoint()), store.publicEndpoint(),
                    store.region(), store.bucket(), local.credentials().accessKeyId(), local.credentials().secretAccessKey(), true,
                    uploads.multipartThreshold())));
        }
        shutdown.onClose(ShutdownSequence.Stage.POOLS, "S3 store client", s3);
        return s3;
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
