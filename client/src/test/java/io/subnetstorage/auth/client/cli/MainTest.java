package io.subnetstorage.auth.client.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.bittensor.identity.Sr25519SignatureVerifier;
import io.subnetstorage.auth.domain.identity.Signature;
import io.subnetstorage.auth.domain.identity.Ss58Address;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void addressPrintsTheHotkeysSs58Address() {
        assertEquals(0, Main.run("address", "--uri", "//Bob"));

        assertTrue(stdout().startsWith(DevKeys.bob().address() + System.lineSeparator()), stdout());
    }

    @Test
    void signPrintsACommitmentAndASignatureThatVerify() {
        String miner = DevKeys.alice().address();

        assertEquals(0, Main.run("sign", "file-presigned-urls", "--uri", "//Bob", "--miner", miner, "--timestamp", "1700000000"));

        String commitment = line("commitment");
        assertEquals("s3:validator:files:" + miner + ":" + DevKeys.bob().address() + ":1700000000", commitment);
        assertTrue(new Sr25519SignatureVerifier().verify(new Ss58Address(DevKeys.bob().address()),
                commitment.getBytes(StandardCharsets.UTF_8), Signature.fromHex(line("signature"))));
        assertTrue(stdout().contains("\"miner_hotkey\" : \"" + miner + "\""), stdout());
    }

    @Test
    void signCoversThePerObjectUploadCommitment() {
        String alice = DevKeys.alice().address();

        assertEquals(0, Main.run("sign", "file-upload-url", "--uri", "//Alice", "--job", "7", "--filename", "data_1.parquet",
                "--timestamp", "1700000000"));

        assertEquals("s3:data:file:" + alice + ":7:data_1.parquet:1700000000", line("commitment"));
        assertTrue(stdout().contains("\"job_id\" : \"7\""), stdout());
    }

    @Test
    void aStoreThatCannotBeReadFromIsAnErrorBeforeAnyRequest() {
        assertEquals(2, Main.run("validator", "files", "--uri", "//Bob", "--miner", DevKeys.alice().address(), "--store", "huggingface",
                "--service", "http://127.0.0.1:9"));

        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: unknown store 'huggingface'; one of s3, hippius"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingMinerIsAnErrorMessageAndExitCodeNotAStackTrace() {
        assertEquals(2, Main.run("sign", "miner-list", "--uri", "//Bob"));

        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: /get-miner-list needs a miner hotkey"),
                err.toString(StandardCharsets.UTF_8));
    }

    private String line(String label) {
        Matcher matcher = Pattern.compile("(?m)^" + label + ":\\s+(\\S+)$").matcher(stdout());
        assertTrue(matcher.find(), stdout());
        return matcher.group(1);
    }
}
