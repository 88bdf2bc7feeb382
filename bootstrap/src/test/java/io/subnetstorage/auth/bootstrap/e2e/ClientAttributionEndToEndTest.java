package io.subnetstorage.auth.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import io.subnetstorage.auth.client.AttributionClient;
import io.subnetstorage.auth.client.ContentVerdict;
import io.subnetstorage.auth.client.DownloadedFile;
import io.subnetstorage.auth.client.MinerAttribution;
import io.subnetstorage.auth.client.MinerClient;
import io.subnetstorage.auth.client.ObjectKeys;
import io.subnetstorage.auth.client.RemoteObject;
import io.subnetstorage.auth.client.ServiceClient;
import io.subnetstorage.auth.client.ValidatorClient;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK end to end (SPEC §9): //Alice uploads and registers attributions the SDK signs; //Bob's download checks
 * each file's bytes against the miner's claim and the service's receipt offline, and says {@code mismatch} for
 * bytes replaced in the store and for a receipt whose service signature was altered.
 */
@MicronautTest
class ClientAttributionEndToEndTest extends ServiceTest {

    private static final Sr25519Keypair ALICE = DevKeys.alice();

    @Inject
    EmbeddedServer server;

    @TempDir
    Path dir;

    private Path file(String name, int size, int seed) throws Exception {
        byte[] bytes = new byte[size];
        new java.util.Random(seed).nextBytes(bytes);
        return Files.write(Files.createDirectories(dir.resolve("out")).resolve(name), bytes);
    }

    private static void overwrite(String key, byte[] bytes) {
        TestStore.store().objectIo().orElseThrow().put(TestStore.bucket(), new ObjectKey(key), ObjectContent.of(bytes, Map.of()));
    }

    @Test
    void theValidatorsDownloadVerifiesContentAndCatchesTamperedBytesAndAlteredReceipts() throws Exception {
        String job = "attributed-" + System.nanoTime();
        Path kept = file("data_20260301_120000_100.parquet", 40_000, 1);
        Path tampered = file("data_20260301_120100_200.parquet", 30_000, 2);
        Path forged = file("data_20260301_120200_300.parquet", 20_000, 3);
        ServiceClient aliceService = new ServiceClient(server.getURI(), ALICE);
        new MinerClient(aliceService, Sr25519Keypair.fromUri("//Alice//stash").address(), dir.resolve("state.json"),
                MinerClient.DEFAULT_GRANT_MARGIN).upload(job, List.of(kept, tampered, forged), (key, sent, total) -> { });
        long now = java.time.Instant.now().getEpochSecond();
        List<MinerAttribution> claims = List.of(kept, tampered, forged).stream()
                .map(path -> MinerAttribution.sign(ALICE, ObjectKeys.key(ALICE.address(), job, path.getFileName().toString()), path, now))
                .toList();
        AttributionClient.Registration registration = new AttributionClient(aliceService).register(claims);
        assertEquals(Map.of(), registration.rejected());
        assertEquals(3, registration.receipts().size());

        String tamperedKey = claims.get(1).key();
        byte[] replaced = Files.readAllBytes(tampered);
        replaced[100] ^= 1;
        overwrite(tamperedKey, replaced);
        String forgedKey = claims.get(2).key();
        String sidecar = "attribution/hotkey=" + ALICE.address() + "/job_id=" + job + "/" + forged.getFileName() + ".json";
        var receipt = new ObjectMapper().readTree(TestStore.store().objectIo().orElseThrow().get(TestStore.bucket(), new ObjectKey(sidecar))
                .orElseThrow().readAllBytes());
        String signature = receipt.path("service_signature").asText();
        ((com.fasterxml.jackson.databind.node.ObjectNode) receipt).put("service_signature",
                (signature.charAt(0) == 'f' ? "e" : "f") + signature.substring(1));
        overwrite(sidecar, new ObjectMapper().writeValueAsBytes(receipt));

        ValidatorClient bob = new ValidatorClient(new ServiceClient(server.getURI(), DevKeys.bob()));
        List<RemoteObject> files = bob.jobs(ALICE.address()).get(job);
        List<DownloadedFile> downloaded = bob.download(ALICE.address(), files, dir.resolve("validator"));
        assertTrue(downloaded.stream().allMatch(file -> file.integrity().ok()), "the listing matches what the store now holds");
        Map<String, ContentVerdict> verdicts = bob.checkAttribution(ALICE.address(), downloaded).stream()
                .collect(Collectors.toMap(ContentVerdict::key, verdict -> verdict));
        assertEquals(ContentVerdict.VERIFIED, verdicts.get(claims.get(0).key()).content(), verdicts.get(claims.get(0).key()).problems().toString());
        assertEquals(ContentVerdict.MISMATCH, verdicts.get(tamperedKey).content());
        assertTrue(verdicts.get(tamperedKey).problems().get(0).startsWith("sha256"), verdicts.get(tamperedKey).problems().toString());
        assertEquals(ContentVerdict.MISMATCH, verdicts.get(forgedKey).content());
        assertEquals(List.of("the service's receipt signature does not verify"), verdicts.get(forgedKey).problems());
    }
}
