package io.subnetstorage.auth.bootstrap.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class LocalCredentialsTest {

    @Test
    void generatedOnceThenReusedSoGrantsSurviveARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("ssa-creds");
        LocalCredentials first = LocalCredentials.loadOrCreate(dataDir);
        LocalCredentials second = LocalCredentials.loadOrCreate(dataDir);
        assertEquals(first, second);
        assertTrue(first.accessKeyId().startsWith("local-"));
        assertEquals(40, first.secretAccessKey().length());
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve(LocalCredentials.FILE_NAME))));
    }

    @Test
    void eachDataFolderGetsItsOwnSecret() throws Exception {
        assertNotEquals(LocalCredentials.loadOrCreate(Files.createTempDirectory("a")).secretAccessKey(),
                LocalCredentials.loadOrCreate(Files.createTempDirectory("b")).secretAccessKey());
    }
}
