package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.CHARLIE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** MINER_STORAGE_CAP_BYTES over HTTP on the real s3proxy: counted from the service's listing, 403 at the cap, shown in /my-usage. */
@MicronautTest
class StorageCapEndToEndTest extends ServiceTest {

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ssa.uploads.storage-cap", "1KiB");
    }

    @Test
    void aMinerAtItsCapGetsNoUploadGrantButStillSeesItsUsage() {
        ObjectKey stored = new ObjectKey(Signer.folder(CHARLIE) + "job_id=" + UUID.randomUUID() + "/big.parquet");
        var io = TestStore.store().objectIo().orElseThrow();
        io.put(TestStore.bucket(), stored, ObjectContent.of(new byte[2048], Map.of()));
        try {
            Wire.Answer upload = new Wire(server.getURI()).post("/get-folder-access", Signer.miner(CHARLIE, now()));
            assertEquals(403, upload.status(), upload.text());
            assertEquals("Storage cap reached", upload.detail());

            long now = now();
            Wire.Answer usage = new Wire(server.getURI()).post("/my-usage", Map.of("hotkey", CHARLIE.address(), "timestamp", now,
                    "signature", CHARLIE.sign(Commitment.minerUsage(Hotkey.of(CHARLIE.address()), now).text()).hex()));
            assertEquals(200, usage.status(), usage.text());
            assertEquals(1024, ((Number) usage.json().get("storage_cap")).longValue());
            assertTrue(((Number) usage.json().get("stored_bytes")).longValue() >= 2048, usage.text());
            assertEquals(0, ((Number) usage.json().get("grants_today")).longValue(), "the refused grant cost no quota");
        } finally {
            io.delete(TestStore.bucket(), stored);
        }
    }
}
