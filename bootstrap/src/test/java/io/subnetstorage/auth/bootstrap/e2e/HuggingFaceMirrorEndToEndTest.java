package io.subnetstorage.auth.bootstrap.e2e;

import static io.subnetstorage.auth.bootstrap.e2e.Signer.ALICE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.application.testing.Eventually;
import io.subnetstorage.auth.application.testing.NodeStandIn;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The S3 store mirrored to the HuggingFace store (MIRROR_STORES=huggingface) on {@code ../shared/tools/fake-hf-hub}:
 * an object on S3 is committed to the miner's dataset repo through the batch path, and its row is verified with
 * the SHA-256 the Hub was given.
 */
@MicronautTest
class HuggingFaceMirrorEndToEndTest extends ServiceTest {

    static final String TOKEN = "hf_mirror_writer";

    private NodeStandIn hub;

    @Inject
    StoreRegistry stores;

    @Override
    protected Map<String, String> extraProperties() {
        hub = NodeStandIn.start("fake-hf-hub/fakehf.js", folder -> List.of("--data", folder.resolve("data").toString(),
                "--token", TOKEN, "--quiet"));
        return Map.of("ssa.hf.token", TOKEN, "ssa.hf.endpoint", hub.endpoint().toString(), "ssa.hf.namespace", "sn46-mirror",
                "ssa.stores.mirror-stores", "huggingface", "ssa.mirror.scan-interval", "1s");
    }

    @AfterAll
    void stopHub() {
        hub.close();
    }

    @Test
    void anObjectOnS3IsCommittedToTheMinersRepoAndVerifiedBySha256() throws Exception {
        ObjectKey key = new ObjectKey(Signer.folder(ALICE) + "job_id=" + UUID.randomUUID() + "/to-the-hub.parquet");
        byte[] bytes = new byte[3000];
        new Random(3).nextBytes(bytes);
        TestStore.store().objectIo().orElseThrow().put(TestStore.bucket(), key, ObjectContent.of(bytes, Map.of()));

        Eventually.until(() -> "verified".equals(MirrorRows.state(database(), "huggingface", key)),
                () -> "committed to the Hub; row: " + MirrorRows.describe(database(), "huggingface", key));

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(sha256, MirrorRows.sha256(database(), "huggingface", key));
        String repo = stores.get(StoreKind.HUGGINGFACE).layout().minerFolder(Hotkey.of(ALICE.address())).bucket().value();
        HttpResponse<byte[]> file = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build().send(
                HttpRequest.newBuilder(URI.create(hub.endpoint() + "/datasets/" + repo + "/resolve/main/" + key.value()))
                        .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertArrayEquals(bytes, file.body());
    }
}
