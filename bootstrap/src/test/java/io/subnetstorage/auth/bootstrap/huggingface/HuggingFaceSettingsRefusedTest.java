package io.subnetstorage.auth.bootstrap.huggingface;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.subnetstorage.auth.bootstrap.support.TestSettings;
import io.subnetstorage.auth.bootstrap.support.TestStore;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A HuggingFace mirror set up wrong stops the start, naming the variable; it never serves uploads or reads. */
class HuggingFaceSettingsRefusedTest {

    /** The test s3proxy as the real store and a complete HuggingFace mirror, then {@code changes}. */
    private static String refusal(Map<String, String> changes) {
        Map<String, Object> properties = new HashMap<>(TestSettings.cleared());
        properties.putAll(Map.of("ssa.dev-mode", "true", "ssa.s3.endpoint", TestStore.endpoint().toString(),
                "ssa.s3.bucket", TestStore.BUCKET, "ssa.s3.region", TestStore.REGION,
                "ssa.s3.access-key-id", TestStore.CREDENTIALS.accessKeyId(),
                "ssa.s3.secret-access-key", TestStore.CREDENTIALS.secretAccessKey(),
                "ssa.hf.token", "hf_test_writer", "ssa.hf.endpoint", "http://127.0.0.1:1", "ssa.hf.namespace", "sn46-mirror"));
        properties.putAll(changes);
        Exception refused = assertThrows(Exception.class, () -> ApplicationContext.run(properties).close());
        Throwable root = refused;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @ParameterizedTest
    @CsvSource({"upload-store, UPLOAD_STORE", "upload-store-next, UPLOAD_STORE_NEXT", "read-store, READ_STORE"})
    void huggingFaceServesNoUploadsOrReads(String property, String variable) {
        String message = refusal(Map.of("ssa.stores." + property, "huggingface"));
        assertTrue(message.contains(variable + "=") && message.contains("mirror only"), message);
    }

    @Test
    void aMissingNamespaceIsNamed() {
        String message = refusal(Map.of("ssa.hf.namespace", ""));
        assertTrue(message.contains("HF_NAMESPACE is required"), message);
    }

    @Test
    void aBadLimitIsNamed() {
        String message = refusal(Map.of("ssa.hf.max-files-per-commit", "0"));
        assertTrue(message.contains("HF_MAX_FILES_PER_COMMIT"), message);
    }

    @Test
    void aBadLayoutIsNamed() {
        String message = refusal(Map.of("ssa.hf.repo-layout", "sharded"));
        assertTrue(message.contains("HF_REPO_LAYOUT"), message);
    }

    @Test
    void settingsWithoutATokenAreNamed() {
        String message = refusal(Map.of("ssa.hf.token", ""));
        assertTrue(message.contains("HF_TOKEN is required when HF_"), message);
    }
}
