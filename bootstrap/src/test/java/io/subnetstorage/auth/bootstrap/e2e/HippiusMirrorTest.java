package io.subnetstorage.auth.bootstrap.e2e;

import io.micronaut.runtime.server.EmbeddedServer;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.bootstrap.support.FakeHippiusServer;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole service with the shared s3proxy as the upload store mirrored to a fakehippius of the test class's
 * own ({@code MIRROR_STORES=hippius}), scanning every second. {@link #hippiusEndpoint()} may put a relay between.
 */
abstract class HippiusMirrorTest extends ServiceTest {

    @Inject
    EmbeddedServer server;

    @Inject
    StoreRegistry stores;

    protected abstract FakeHippiusServer hippius();

    protected String hippiusEndpoint() {
        return hippius().endpoint().toString();
    }

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(hippius().properties());
        properties.put("ssa.hippius.endpoint", hippiusEndpoint());
        properties.put("ssa.stores.upload-store", "s3");
        properties.put("ssa.stores.mirror-stores", "hippius");
        properties.put("ssa.mirror.scan-interval", "1s");
        return properties;
    }

    ObjectIo hippiusIo() {
        return stores.get(StoreKind.HIPPIUS).objectIo().orElseThrow();
    }

    Wire wire() {
        return new Wire(server.getURI());
    }

    /** {@code /healthcheck}'s {@code stores.hippius}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> hippiusStatus() {
        return (Map<String, Object>) wire().get("/healthcheck").map("stores").get("hippius");
    }
}
