package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static io.subnetstorage.auth.bootstrap.e2e.Signer.now;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ATTRIBUTION_REQUIRED=true} (SPEC §8): per-object uploads need one, checked before the signature; folder forms do not. */
@MicronautTest
class AttributionRequiredEndToEndTest extends ServiceTest {

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ssa.attribution.required", "true");
    }

    @Test
    void aPerObjectUploadWithoutAttributionIsRefusedBeforeItsSignatureIsLookedAt() {
        Wire wire = new Wire(server.getURI());
        Map<String, Object> body = Attributions.fileUpload(ALICE, now(), "1", "plain.parquet", Map.of("size", 2048));
        Wire.Answer refused = wire.post("/get-file-upload-url", body);
        assertEquals(400, refused.status());
        assertEquals("Attribution required", refused.detail());
        Map<String, Object> forged = new HashMap<>(body);
        forged.put("signature", "00".repeat(64));
        assertEquals("Attribution required", wire.post("/get-file-upload-url", forged).detail(), "a request check, so before 401");
        assertEquals(200, wire.post("/get-folder-access", Signer.miner(ALICE, now())).status(), "folder POST forms are not affected");
    }
}
