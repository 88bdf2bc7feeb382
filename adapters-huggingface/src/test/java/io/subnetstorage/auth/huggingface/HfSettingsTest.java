package io.subnetstorage.auth.huggingface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HfSettingsTest {

    private static final Hotkey ALICE = Hotkey.of("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");

    @Test
    void nothingSetMeansNotConfigured() {
        assertTrue(HfSettings.fromEnvironment(Map.of("HF_TOKEN", " ", "OTHER", "x"), 46).isEmpty());
    }

    @Test
    void defaultsFollowTheContract() {
        HfSettings settings = HfSettings.fromEnvironment(Map.of("HF_TOKEN", "hf_x", "HF_NAMESPACE", "org"), 46)
                .orElseThrow();
        assertEquals(URI.create("https://huggingface.co"), settings.endpoint());
        assertEquals(HfRepoLayout.PER_MINER, settings.layout());
        assertEquals("sn46", settings.repoPrefix());
        assertTrue(settings.privateRepos());
        assertEquals(100, settings.maxFilesPerCommit());
        assertEquals(100, settings.maxCommitsPerHour());
    }

    @Test
    void perMinerReposAreNamedByPrefixAndHotkey() {
        HfSettings settings = settings(Map.of("HF_NAMESPACE", "org"), 428);
        assertEquals("org/sn428-" + ALICE.value(), settings.repoFor(ALICE).toString());
        HfSettings prefixed = settings(Map.of("HF_NAMESPACE", "org", "HF_REPO_PREFIX", "resi"), 46);
        assertEquals("org/resi-" + ALICE.value(), prefixed.repoFor(ALICE).toString());
    }

    @Test
    void singleLayoutUsesOneRepo() {
        HfSettings settings = settings(Map.of("HF_NAMESPACE", "org", "HF_REPO_LAYOUT", "single", "HF_REPO", "all"), 46);
        assertEquals(new HfRepoId("org", "all"), settings.repoFor(ALICE));
    }

    @Test
    void explicitValuesAreRead() {
        HfSettings settings = settings(Map.of("HF_NAMESPACE", "org", "HF_ENDPOINT", "http://127.0.0.1:9/hub/",
                "HF_PRIVATE", "false", "HF_MAX_FILES_PER_COMMIT", "500", "HF_MAX_COMMITS_PER_HOUR", "20"), 46);
        assertEquals(URI.create("http://127.0.0.1:9/hub"), settings.endpoint());
        assertFalse(settings.privateRepos());
        assertEquals(500, settings.maxFilesPerCommit());
        assertEquals(20, settings.maxCommitsPerHour());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HF_MAX_FILES_PER_COMMIT|abc|HF_MAX_FILES_PER_COMMIT",
        "HF_MAX_FILES_PER_COMMIT|0|HF_MAX_FILES_PER_COMMIT",
        "HF_MAX_COMMITS_PER_HOUR|-5|HF_MAX_COMMITS_PER_HOUR",
        "HF_REPO_LAYOUT|flat|HF_REPO_LAYOUT",
        "HF_PRIVATE|maybe|HF_PRIVATE",
        "HF_ENDPOINT|ftp://hub|HF_ENDPOINT",
        "HF_ENDPOINT|huggingface.co|HF_ENDPOINT",
        "HF_NAMESPACE|bad--name|HF_NAMESPACE",
        "HF_REPO_PREFIX|sn46/x|HF_REPO_PREFIX",
        "HF_REPO_PREFIX|x1234567890123456789012345678901234567890123456789|HF_REPO_PREFIX",
    })
    void badValuesNameTheVariable(String variable, String value, String named) {
        Map<String, String> env = new HashMap<>(Map.of("HF_NAMESPACE", "org"));
        env.put(variable, value);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> settings(env, 46));
        assertTrue(e.getMessage().startsWith(named), e.getMessage());
    }

    @Test
    void missingRequiredValuesNameTheVariable() {
        assertMessage("HF_NAMESPACE", Map.of());
        assertMessage("HF_REPO", Map.of("HF_NAMESPACE", "org", "HF_REPO_LAYOUT", "single"));
        IllegalArgumentException noToken = assertThrows(IllegalArgumentException.class,
                () -> HfSettings.fromEnvironment(Map.of("HF_NAMESPACE", "org"), 46));
        assertEquals("HF_TOKEN is required when HF_NAMESPACE is set", noToken.getMessage());
    }

    @Test
    void theTokenIsNeverPrinted() {
        HfSettings settings = settings(Map.of("HF_NAMESPACE", "org"), 46);
        assertFalse(settings.toString().contains("hf_secret"), settings.toString());
    }

    private static void assertMessage(String variable, Map<String, String> env) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> settings(env, 46));
        assertTrue(e.getMessage().startsWith(variable), e.getMessage());
    }

    private static HfSettings settings(Map<String, String> env, int netUid) {
        Map<String, String> all = new HashMap<>(env);
        all.put("HF_TOKEN", "hf_secret");
        return HfSettings.fromEnvironment(all, netUid).orElseThrow();
    }
}
