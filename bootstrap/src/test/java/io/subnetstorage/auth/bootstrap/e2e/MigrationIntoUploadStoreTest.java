package io.subnetstorage.auth.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.bootstrap.support.FakeHippiusServer;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * After the cutover (UPLOAD_STORE=hippius) a migration into Hippius still runs, but its rollback is refused: miners
 * upload there now, and what the migration copied is what they and validators read.
 */
@MicronautTest
class MigrationIntoUploadStoreTest extends ServiceTest {

    static final String HIPPIUS_BUCKET = "migration-cutover";
    static final FakeHippiusServer HIPPIUS = FakeHippiusServer.start(HIPPIUS_BUCKET);

    @Inject
    EmbeddedServer server;

    @Inject
    StoreRegistry stores;

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(HIPPIUS.properties());
        properties.putAll(Migrations.properties());
        properties.put("ssa.stores.upload-store", "hippius");
        return properties;
    }

    @AfterAll
    static void stopHippius() {
        HIPPIUS.close();
    }

    @Test
    void aRollbackIsRefusedWhileTheDestinationIsTheUploadStore() {
        String miner = MigrationEndToEndTest.miner();
        ObjectKey key = MigrationEndToEndTest.key(miner, "copied.bin");
        TestStore.store().objectIo().orElseThrow().put(TestStore.bucket(), key, ObjectContent.of(MigrationEndToEndTest.bytes(1100, 1), Map.of()));
        Migrations migrations = new Migrations(server.getURI());
        String id = migrations.started(Map.of("from", "s3", "to", "hippius", "miners", List.of(miner)));
        migrations.await(id, "done");

        Wire.Answer refused = migrations.control(id, "rollback");

        assertEquals(409, refused.status());
        assertEquals("Destination is in use", refused.detail());
        assertEquals("done", migrations.get(id).json().get("state"));
        assertTrue(stores.get(StoreKind.HIPPIUS).objectIo().orElseThrow().head(new BucketName(HIPPIUS_BUCKET), key).isPresent());
    }
}
