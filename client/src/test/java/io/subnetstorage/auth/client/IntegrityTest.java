package io.subnetstorage.auth.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrityTest {

    @TempDir
    Path dir;

    private static String md5(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    @Test
    void aFaithfulCopyPassesAndATamperedOneFails() throws Exception {
        byte[] content = "rows of scraped data\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        RemoteObject remote = new RemoteObject("data/hotkey=m/job_id=1/a", content.length, md5(content), "t");
        Path good = Files.write(dir.resolve("good"), content);
        byte[] tampered = content.clone();
        tampered[10] ^= 1;
        Path bad = Files.write(dir.resolve("bad"), tampered);

        assertTrue(Integrity.check(remote, good).ok());
        IntegrityResult badResult = Integrity.check(remote, bad);
        assertFalse(badResult.ok());
        assertTrue(badResult.sizeMatches() && badResult.etagChecked() && !badResult.etagMatches());
    }

    @Test
    void aShortCopyFailsOnSize() throws Exception {
        byte[] content = new byte[3000];
        RemoteObject remote = new RemoteObject("k", 3000, md5(content), "t");

        IntegrityResult result = Integrity.check(remote, Files.write(dir.resolve("short"), new byte[2999]));

        assertFalse(result.ok());
        assertFalse(result.sizeMatches());
    }

    @Test
    void aMultipartEtagIsNotComparedWithTheMd5() throws IOException {
        RemoteObject remote = new RemoteObject("k", 4, "9b2cf535f27731c974343645a3985328-5", "t");

        IntegrityResult result = Integrity.check(remote, Files.write(dir.resolve("m"), new byte[4]));

        assertTrue(result.ok());
        assertFalse(result.etagChecked());
    }

    @Test
    void aMissingFileFails() {
        assertFalse(Integrity.check(new RemoteObject("k", 1, "00", "t"), dir.resolve("absent")).ok());
    }
}
