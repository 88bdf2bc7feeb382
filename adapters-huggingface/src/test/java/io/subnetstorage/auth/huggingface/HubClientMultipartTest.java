package io.subnetstorage.auth.huggingface;

import static io.subnetstorage.auth.huggingface.TestContent.random;
import static io.subnetstorage.auth.huggingface.TestContent.sha256;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** HF's multipart LFS transfer, which the fake Hub offers above its {@code --multipart-threshold}. */
class HubClientMultipartTest {

    private static final int PART = 1024 * 1024;

    @RegisterExtension
    static final FakeHfHub hub = new FakeHfHub("--multipart-threshold", String.valueOf(3 * PART),
            "--multipart-chunk-size", String.valueOf(PART));

    @Test
    void aLargeFileGoesUpInPartsAndASmallOneInOnePut(@TempDir Path dir) throws Exception {
        HfRepoId repo = new HfRepoId("sn46", "multipart");
        HubClient client = HubClient.create(hub.settings("sn46", 100, 100), new FakeTime(), RetryPolicy.DEFAULT);
        client.ensureRepo(repo);
        byte[] large = random(3 * PART + 12_345, 11);
        Path spooled = Files.write(dir.resolve("spooled.bin"), large);
        byte[] small = random(4_000, 12);
        hub.clearRequests();

        List<FileOutcome> outcomes = client.commit(repo, List.of(FileToCommit.of("data/large.parquet", spooled),
                FileToCommit.of("data/small.parquet", small)), "multipart");

        assertTrue(outcomes.stream().allMatch(o -> o.status() == FileStatus.COMMITTED), outcomes.toString());
        assertEquals(4, hub.count("PUT", "/__lfs/multipart/"), "four parts of 1 MiB, the last one short");
        assertEquals(1, hub.count("POST", "/complete"));
        assertEquals(1, hub.count("PUT", "/__lfs/upload/"));
        assertEquals(2, hub.count("POST", "/objects/verify"));
        assertEquals(sha256(large), client.listFiles(repo).get("data/large.parquet").oid());
        assertArrayEquals(large, hub.download(repo, "data/large.parquet"));
        assertArrayEquals(small, hub.download(repo, "data/small.parquet"));
    }
}
