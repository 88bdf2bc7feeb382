package io.subnetstorage.auth.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.client.DownloadedFile;
import io.subnetstorage.auth.client.Integrity;
import io.subnetstorage.auth.client.MinerClient;
import io.subnetstorage.auth.client.ObjectKeys;
import io.subnetstorage.auth.client.ProgressListener;
import io.subnetstorage.auth.client.RemoteObject;
import io.subnetstorage.auth.client.ServiceClient;
import io.subnetstorage.auth.client.ServiceException;
import io.subnetstorage.auth.client.UploadGrant;
import io.subnetstorage.auth.client.UploadReport;
import io.subnetstorage.auth.client.ValidatorClient;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client SDK against the running service: //Alice (miner) uploads through the grant's POST form,
 * an interrupted batch resumes from the state file, //Bob (validator) lists and downloads what she wrote.
 */
@MicronautTest
class ClientEndToEndTest extends ServiceTest {

    private static final Sr25519Keypair ALICE = DevKeys.alice();
    private static final String ALICE_COLDKEY = Sr25519Keypair.fromUri("//Alice//stash").address();

    @Inject
    EmbeddedServer server;

    @TempDir
    Path dir;

    private MinerClient miner(Path state) {
        return new MinerClient(new ServiceClient(server.getURI(), ALICE), ALICE_COLDKEY, state, MinerClient.DEFAULT_GRANT_MARGIN);
    }

    private Path dataFile(int rows, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        // Named as deployed miners name generated data; the row count keeps names apart between runs.
        String name = ObjectKeys.generatedDataName(LocalDateTime.now(), rows + System.nanoTime() % 100_000 * 10);
        return Files.write(Files.createDirectories(dir.resolve("out")).resolve(name), bytes);
    }

    @Test
    void aMinerUploadsResumesAndAValidatorListsDownloadsAndChecks() throws IOException {
        Path small = dataFile(1, 50_000);
        Path large = dataFile(2, 1_500_000);
        Path state = dir.resolve("miner-state.json");
        String job = "1";

        // The first run dies right after the store accepted the first file.
        assertThrows(IllegalStateException.class, () -> miner(state).upload(job, List.of(small, large), new ProgressListener() {
            @Override
            public void progress(String key, long sent, long total) {
            }

            @Override
            public void done(String key, long total) {
                throw new IllegalStateException("killed");
            }
        }));
        UploadGrant firstGrant = miner(state).grant();

        AtomicLong largestSent = new AtomicLong();
        UploadReport resumed = miner(state).upload(job, List.of(small, large), (key, sent, total) -> {
            if (total == 1_500_000) {
                largestSent.accumulateAndGet(sent, Math::max);
            }
        });

        String smallKey = ObjectKeys.key(ALICE.address(), job, small.getFileName().toString());
        String largeKey = ObjectKeys.key(ALICE.address(), job, large.getFileName().toString());
        assertEquals(List.of(smallKey), resumed.skipped());
        assertEquals(List.of(largeKey), resumed.uploaded());
        assertTrue(resumed.complete(), resumed.failed().toString());
        assertEquals(1_500_000, largestSent.get());
        assertEquals(firstGrant.fields(), miner(state).grant().fields(), "the cached grant is reused, not asked for again");
        assertEquals("POST", firstGrant.method());

        ValidatorClient bob = new ValidatorClient(new ServiceClient(server.getURI(), DevKeys.bob()));
        assertTrue(bob.miners().contains(ALICE.address()));
        Map<String, List<RemoteObject>> jobs = bob.jobs(ALICE.address());
        Map<String, RemoteObject> jobFiles = jobs.get(job).stream().collect(Collectors.toMap(RemoteObject::key, file -> file));
        assertEquals(50_000, jobFiles.get(smallKey).size());
        assertEquals(1_500_000, jobFiles.get(largeKey).size());

        List<DownloadedFile> downloaded = bob.download(ALICE.address(), List.of(jobFiles.get(smallKey), jobFiles.get(largeKey)),
                dir.resolve("validator"));

        assertEquals(2, downloaded.size());
        for (DownloadedFile file : downloaded) {
            assertTrue(file.integrity().ok(), file.integrity().detail());
            assertTrue(file.integrity().etagChecked(), "single-part uploads carry their MD5 as ETag");
        }
        assertArrayEquals(Files.readAllBytes(large), Files.readAllBytes(downloaded.get(1).path()));
        byte[] tampered = Files.readAllBytes(downloaded.get(0).path());
        tampered[100] ^= 0x01;
        Files.write(downloaded.get(0).path(), tampered);
        assertFalse(Integrity.check(jobFiles.get(smallKey), downloaded.get(0).path()).ok());
    }

    @Test
    void aMinerCannotUseTheValidatorEndpointsThroughTheSdk() {
        ValidatorClient notAValidator = new ValidatorClient(new ServiceClient(server.getURI(), ALICE));

        ServiceException refused = assertThrows(ServiceException.class, notAValidator::miners);

        assertEquals(401, refused.status());
        assertEquals("You are not validator", refused.detail());
    }
}
