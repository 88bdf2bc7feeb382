package io.subnetstorage.auth.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bootstrap.support.FakeHippiusServer;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.client.ClientException;
import io.subnetstorage.auth.client.MinerClient;
import io.subnetstorage.auth.client.ObjectKeys;
import io.subnetstorage.auth.client.ObjectUploadGrant;
import io.subnetstorage.auth.client.ProgressListener;
import io.subnetstorage.auth.client.ReadStore;
import io.subnetstorage.auth.client.RemoteObject;
import io.subnetstorage.auth.client.RequestSigning;
import io.subnetstorage.auth.client.ServiceClient;
import io.subnetstorage.auth.client.UploadReport;
import io.subnetstorage.auth.client.ValidatorClient;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against the service with Hippius (fakehippius) as its only store: no POST policies, so the miner's
 * folder grant is one PUT grant per file. The command line uploads a folder, a second run sends nothing, a
 * validator downloads every file byte for byte; a grant signing another length is refused by the client.
 */
@MicronautTest
class HippiusClientEndToEndTest extends ServiceTest {

    private static final String ALICE = DevKeys.alice().address();
    private static final String BUCKET = "e2e-client-put";

    private FakeHippiusServer hippius;

    @Inject
    EmbeddedServer server;

    @TempDir
    Path dir;

    @Override
    protected Map<String, String> extraProperties() {
        hippius = FakeHippiusServer.start(BUCKET);
        Map<String, String> properties = new HashMap<>(hippius.properties());
        // Hippius alone: no S3 store, so no POST form to fall back on.
        List.of("endpoint", "bucket", "region", "access-key-id", "secret-access-key").forEach(name -> properties.put("ssa.s3." + name, ""));
        return properties;
    }

    @AfterAll
    void stopHippius() {
        hippius.close();
    }

    private Path dataFile(Path folder, String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(name.hashCode()).nextBytes(bytes);
        return Files.write(Files.createDirectories(folder).resolve(name), bytes);
    }

    private String cli(int expectedExit, String... args) {
        return CommandLine.run(server.getURI(), expectedExit, args);
    }

    private long grantRows() throws Exception {
        try (var db = database().connect();
                ResultSet row = db.createStatement().executeQuery("SELECT count(*) FROM access_grants")) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void theCommandLineUploadsAFolderThroughPutGrantsOnceAndAValidatorDownloadsItByteForByte() throws Exception {
        Path folder = dir.resolve("demo");
        Path large = dataFile(folder, "data_20260301_120000_5000.parquet", 1_300_000);
        Path small = dataFile(folder, "data_20260301_120100_120.parquet", 40_000);
        Path state = dir.resolve("miner-state.json");
        String job = "put-1";

        String first = cli(0, "miner", "upload", "--uri", "//Alice", "--job", job, "--state-file", state.toString(), folder.toString());
        long rowsAfterFirst = grantRows();
        String second = cli(0, "miner", "upload", "--uri", "//Alice", "--job", job, "--state-file", state.toString(), folder.toString());

        assertTrue(first.endsWith("2 uploaded, 0 already there, 0 failed" + System.lineSeparator()), first);
        assertTrue(second.endsWith("0 uploaded, 2 already there, 0 failed" + System.lineSeparator()), second);
        assertEquals(rowsAfterFirst, grantRows(), "the second run asked the service for nothing");

        Path downloads = dir.resolve("downloads");
        String downloaded = cli(0, "validator", "download", "--uri", "//Bob", "--miner", ALICE, "--job", job, "--store", "hippius",
                "--tao-headers", "--out", downloads.toString());

        assertEquals(2, downloaded.lines().filter(line -> line.startsWith("OK\t")).count(), downloaded);
        for (Path original : List.of(large, small)) {
            Path copy = downloads.resolve("job_id=" + job).resolve(original.getFileName().toString());
            assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(copy), original.getFileName().toString());
        }
    }

    @Test
    void oneFileThroughItsOwnGrantWithTaoHeadersAndAGrantForAnotherLengthIsRefusedByTheClient() throws Exception {
        ServiceClient tao = new ServiceClient(server.getURI(), DevKeys.alice()).withSigning(RequestSigning.TAO_HEADERS);
        MinerClient miner = new MinerClient(tao, ALICE, dir.resolve("single-state.json"), MinerClient.DEFAULT_GRANT_MARGIN);
        Path file = dataFile(dir.resolve("single"), "data_20260301_130000_10.parquet", 5000);
        String job = "put-2";

        UploadReport report = miner.uploadFile(job, file, ProgressListener.NONE);

        assertTrue(report.complete(), report.failed().toString());
        assertEquals(List.of(ObjectKeys.key(ALICE, job, file.getFileName().toString())), report.uploaded());

        Path other = dataFile(dir.resolve("single"), "data_20260301_130100_10.parquet", 4096);
        ObjectUploadGrant planted = miner.fileUploadGrant(job, other.getFileName().toString(), OptionalLong.of(4097), Optional.empty());
        ClientException refused = assertThrows(ClientException.class, () -> miner.uploadThrough(planted, other, ProgressListener.NONE));

        assertEquals("PUT", planted.method());
        assertEquals("the grant for " + planted.key() + " signs header Content-Length: 4097, but the file has 4096 bytes; refusing to "
                + "upload through it", refused.getMessage());
        List<RemoteObject> stored = new ValidatorClient(new ServiceClient(server.getURI(), DevKeys.bob()), Optional.of(ReadStore.HIPPIUS))
                .files(ALICE);
        assertTrue(stored.stream().anyMatch(object -> object.key().equals(report.uploaded().get(0)) && object.size() == 5000));
        assertFalse(stored.stream().anyMatch(object -> object.key().equals(planted.key())), "nothing was sent through the planted grant");
    }
}
