package io.subnetstorage.auth.bootstrap.huggingface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites.BatchItem;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites.BatchOutcome;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.application.testing.NodeStandIn;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.MinerObject;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The service with HF_* pointing at the fake Hub and MIRROR_STORES=huggingface: it starts, reports and writes. */
@MicronautTest
class HuggingFaceMirrorServiceTest extends ServiceTest {

    static final String TOKEN = "hf_test_writer";

    private NodeStandIn hub;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StoreRegistry stores;

    @Override
    protected Map<String, String> extraProperties() {
        hub = NodeStandIn.start("fake-hf-hub/fakehf.js", folder -> List.of("--data", folder.resolve("data").toString(),
                "--token", TOKEN, "--quiet"));
        return Map.of("ssa.hf.token", TOKEN, "ssa.hf.endpoint", hub.endpoint().toString(), "ssa.hf.namespace", "sn46-mirror",
                "ssa.stores.mirror-stores", "huggingface");
    }

    @AfterAll
    void stopHub() {
        hub.close();
    }

    @Test
    void healthcheckShowsTheHubAsAHealthyMirror() {
        Map<?, ?> body = client.toBlocking().retrieve(HttpRequest.GET("/healthcheck"), Map.class);
        Map<?, ?> huggingFace = (Map<?, ?>) ((Map<?, ?>) body.get("stores")).get("huggingface");
        assertEquals("huggingface", huggingFace.get("kind"));
        assertEquals("mirror", huggingFace.get("role"));
        assertEquals(true, huggingFace.get("ok"), huggingFace::toString);
        assertEquals("ok", body.get("status"), body::toString);
    }

    @Test
    void theStoreIsWrittenInBatchesAndServesNoClient() throws Exception {
        ObjectStore store = stores.find(StoreKind.HUGGINGFACE).orElseThrow();
        assertTrue(store.objectUploads().isEmpty() && store.folderUploads().isEmpty() && store.listings().isEmpty()
                && store.downloads().isEmpty() && store.objectIo().isEmpty(), "a mirror only");
        Hotkey miner = Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
        byte[] bytes = "mirrored\n".getBytes(StandardCharsets.UTF_8);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        List<BatchOutcome> outcomes = store.batchWrites().orElseThrow().putAll(store.layout().minerFolder(miner).bucket(),
                List.of(new BatchItem(new MinerObject(miner, "1", "a.txt").key(), ObjectContent.of(bytes, Map.of()), sha256)));
        assertEquals(BatchOutcome.Result.WRITTEN, outcomes.get(0).result(), outcomes::toString);
    }
}
