package io.subnetstorage.auth.bootstrap.config;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.subnetstorage.auth.bootstrap.support.SettingVariables;
import io.subnetstorage.auth.bootstrap.support.TestSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A bad value of any variable stops the start, naming the variable, instead of starting "ok" and failing the first
 * request that reads it (MAX_GRANT_LIFETIME=abc used to make every grant a 500). Only the context starts here: the
 * checks run before any port is built.
 */
class EveryVariableIsCheckedAtStartTest {

    /** Variables any text is good for: names, keys and tokens. */
    private static final Set<String> FREE_TEXT = Set.of("S3_BUCKET", "S3_REGION", "AWS_ACCESS_KEY_ID",
            "AWS_SECRET_ACCESS_KEY", "REDIS_KEY_PREFIX", "ADMIN_TOKEN", "HIPPIUS_SECRET_ACCESS_KEY", "HF_TOKEN", "HF_REPO");

    /** A valid Hippius store (shared layout), so one bad HIPPIUS_* value is the only fault. */
    private static final Map<String, String> HIPPIUS = Map.of("HIPPIUS_ACCESS_KEY_ID", "hip_startcheck",
            "HIPPIUS_SECRET_ACCESS_KEY", "secret-0123456789", "HIPPIUS_BUCKET", "sn46-data", "DEV_MODE", "true");

    /** A valid HuggingFace mirror next to the embedded S3 store stood down, so one bad HF_* value is the only fault. */
    private static final Map<String, String> HUGGINGFACE = Map.of("HF_TOKEN", "hf_startcheck", "HF_NAMESPACE", "subnet",
            "DEV_MODE", "true", "S3_ENDPOINT", "http://127.0.0.1:9", "AWS_ACCESS_KEY_ID", "a", "AWS_SECRET_ACCESS_KEY", "b",
            "S3_BUCKET", "bucket");

    /** Bad values that need other settings around them to be the only fault. */
    static Stream<Arguments> badStoreValues() {
        return Stream.of(
                Arguments.of(HIPPIUS, "HIPPIUS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
                Arguments.of(HIPPIUS, "HIPPIUS_ENDPOINT", "not a url"),
                Arguments.of(HIPPIUS, "HIPPIUS_PUBLIC_ENDPOINT", "ftp://gateway"),
                Arguments.of(HIPPIUS, "HIPPIUS_REGION", "Not A Region"),
                Arguments.of(HIPPIUS, "HIPPIUS_BUCKET", "No_Such/Bucket"),
                Arguments.of(HIPPIUS, "HIPPIUS_LAYOUT", "scattered"),
                Arguments.of(HIPPIUS, "HIPPIUS_BUCKET_PREFIX", "UPPER-case"),
                Arguments.of(Map.of("HIPPIUS_ACCESS_KEY_ID", "hip_startcheck", "HIPPIUS_SECRET_ACCESS_KEY", "secret-0123456789",
                        "HIPPIUS_LAYOUT", "per-miner", "DEV_MODE", "true"), "HIPPIUS_BUCKET_SALT", "short"),
                Arguments.of(HIPPIUS, "MULTIPART_THRESHOLD", "1TiB"),
                Arguments.of(HIPPIUS, "UPLOAD_STORE", "ftp"),
                Arguments.of(HIPPIUS, "UPLOAD_STORE_NEXT", "s3"),
                Arguments.of(HIPPIUS, "READ_STORE", "huggingface"),
                Arguments.of(HIPPIUS, "MIRROR_STORES", "hippius,gcs"),
                Arguments.of(HUGGINGFACE, "UPLOAD_STORE", "huggingface"),
                Arguments.of(HUGGINGFACE, "HF_ENDPOINT", "not a url"),
                Arguments.of(HUGGINGFACE, "HF_NAMESPACE", "bad namespace!"),
                Arguments.of(HUGGINGFACE, "HF_REPO_LAYOUT", "everywhere"),
                Arguments.of(HUGGINGFACE, "HF_REPO_PREFIX", "bad prefix!"),
                Arguments.of(HUGGINGFACE, "HF_PRIVATE", "perhaps"),
                Arguments.of(HUGGINGFACE, "HF_MAX_FILES_PER_COMMIT", "0"),
                Arguments.of(HUGGINGFACE, "HF_MAX_COMMITS_PER_HOUR", "many"));
    }

    @ParameterizedTest(name = "{1}={2}")
    @MethodSource("badStoreValues")
    void aBadStoreValueStopsTheStartNamingTheVariable(Map<String, String> around, String variable, String value) {
        Map<String, String> env = new HashMap<>(around);
        env.put(variable, value);
        Exception refused = assertThrows(Exception.class, () -> start(env).close());
        String message = configurationMessage(refused);
        assertTrue(message.contains(variable), message);
    }

    @Test
    void theStoreSettingsAroundTheBadValuesStartOnTheirOwn() throws IOException {
        for (Map<String, String> around : java.util.List.of(HIPPIUS, HUGGINGFACE)) {
            try (ApplicationContext context = start(around)) {
                assertTrue(context.isRunning(), around.toString());
            }
        }
    }

    static Stream<Arguments> badValues() throws IOException {
        Path aFile = Files.createTempFile("ssa-not-a-dir", ".txt");
        return Stream.of(
                Arguments.of("PORT", "abc"),
                Arguments.of("PORT", "70000"),
                Arguments.of("HOST", "not a host!"),
                Arguments.of("SHUTDOWN_GRACE", "soon"),
                Arguments.of("LOG_FORMAT", "xml"),
                Arguments.of("MAX_GRANT_LIFETIME", "abc"),
                Arguments.of("MAX_GRANT_LIFETIME", "30d"),
                Arguments.of("MAX_GRANT_LIFETIME", "30s"),
                Arguments.of("DAILY_LIMIT_PER_MINER", "lots"),
                Arguments.of("DAILY_LIMIT_PER_VALIDATOR", "0"),
                Arguments.of("TOTAL_DAILY_LIMIT", "-1"),
                Arguments.of("DEV_MODE", "maybe"),
                Arguments.of("DATA_DIR", aFile.toString()),
                Arguments.of("DATA_DIR", aFile.resolve("below-a-file").toString()),
                Arguments.of("REDIS_URL", "localhost:6379"),
                Arguments.of("DATABASE_URL", "mysql://db/x"),
                Arguments.of("DATABASE_CONNECTION_TIMEOUT", "100ms"),
                Arguments.of("OWNER_HOTKEY", "nope"),
                Arguments.of("S3_ENDPOINT", "not a url"),
                Arguments.of("S3_PATH_STYLE", "sometimes"),
                Arguments.of("S3_PUBLIC_ENDPOINT", "::"),
                Arguments.of("EMBEDDED_S3_PORT", "70000"),
                Arguments.of("BT_NETWORK", "mainnet"),
                Arguments.of("NET_UID", "forty-six"),
                Arguments.of("SUBTENSOR_ENDPOINT", "nope"),
                Arguments.of("METAGRAPH_FILE", "/nonexistent/metagraph.json"),
                Arguments.of("MIN_VALIDATOR_STAKE", "-5"),
                Arguments.of("METAGRAPH_SYNC_INTERVAL", "0s"),
                Arguments.of("METAGRAPH_MAX_AGE", "forever"),
                Arguments.of("CHECK_COLDKEY_OWNER", "perhaps"),
                Arguments.of("DAILY_FILE_LIMIT_PER_MINER", "0"),
                Arguments.of("DAILY_LIST_PAGES_PER_VALIDATOR", "plenty"),
                Arguments.of("MAX_JOB_FOLDERS_PER_MINER", "0"),
                Arguments.of("UPLOAD_URL_LIFETIME", "30d"),
                Arguments.of("REQUIRE_UPLOAD_SIZE", "sometimes"),
                Arguments.of("UPLOAD_FILENAME_PATTERN", "(unclosed"),
                Arguments.of("MULTIPART_THRESHOLD", "1KiB"),
                Arguments.of("MINER_STORAGE_CAP_BYTES", "a lot"),
                Arguments.of("MINER_RETENTION", "5m"),
                Arguments.of("MIRROR_SCAN_INTERVAL", "soon"),
                Arguments.of("MIRROR_SCAN_INTERVAL", "0"),
                Arguments.of("MIGRATION_MAX_REQUESTS_PER_MINUTE", "unlimited"),
                Arguments.of("MIGRATION_MAX_REQUESTS_PER_MINUTE", "0"),
                Arguments.of("DELETE_DATA_ON_CLEANUP", "later"),
                Arguments.of("UPLOAD_ROLLOUT_PERCENT", "101"),
                Arguments.of("UPLOAD_STORE", "hippius"),
                Arguments.of("UPLOAD_STORE_NEXT", "gcs"),
                Arguments.of("READ_STORE", "huggingface"),
                Arguments.of("MIRROR_STORES", "s3,gcs"),
                Arguments.of("ATTRIBUTION_KEY", "not a secret"),
                Arguments.of("ATTRIBUTION_KEY_PREVIOUS", "neither,an-address"),
                Arguments.of("ATTRIBUTION_REQUIRED", "often"),
                Arguments.of("QUOTAS_FAIL_OPEN", "maybe"),
                Arguments.of("QUOTAS_FAIL_OPEN", "false"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badValues")
    void aBadValueStopsTheStartNamingTheVariable(String variable, String value) {
        Exception refused = assertThrows(Exception.class, () -> start(Map.of(variable, value)).close());
        String message = configurationMessage(refused);
        assertTrue(message.contains(variable), message);
    }

    @Test
    void quotasFailOpenIsRefusedWithTheReason() {
        String message = configurationMessage(assertThrows(Exception.class,
                () -> start(Map.of("QUOTAS_FAIL_OPEN", "true")).close()));
        assertTrue(message.contains("no longer supported") && message.contains("never fail open"), message);
    }

    @Test
    void durationsTakeSecondsUnitsAndIso() throws IOException {
        Map<String, Duration> forms = Map.of("300", Duration.ofSeconds(300), "30s", Duration.ofSeconds(30),
                "5m", Duration.ofMinutes(5), "1h", Duration.ofHours(1), "7d", Duration.ofDays(7), "PT5M", Duration.ofMinutes(5));
        for (Map.Entry<String, Duration> form : forms.entrySet()) {
            try (ApplicationContext context = start(Map.of("METAGRAPH_MAX_AGE", form.getKey()))) {
                assertEquals(form.getValue(), context.getBean(ChainConfig.class).maxAge(), form.getKey());
            }
        }
    }

    @Test
    void maxGrantLifetimeRangesFromOneMinuteToSevenDays() throws IOException {
        for (String bound : new String[] {"1m", "60", "7d", "P7D"}) {
            try (ApplicationContext context = start(Map.of("MAX_GRANT_LIFETIME", bound))) {
                assertTrue(context.isRunning(), bound);
            }
        }
    }

    @Test
    void everyVariableInApplicationYmlHasABadValueHereOrTakesAnyText() throws IOException {
        Set<String> covered = new HashSet<>(FREE_TEXT);
        badValues().forEach(arguments -> covered.add((String) arguments.get()[0]));
        badStoreValues().forEach(arguments -> covered.add((String) arguments.get()[1]));
        Set<String> missing = new TreeSet<>(SettingVariables.byProperty().values());
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "variables with no bad value tried");
    }

    @Test
    void everyConfigurationBeanIsValidatedAtStart() {
        classes().that().areAnnotatedWith(ConfigurationProperties.class)
                .should().implement(ValidatedAtStart.class)
                .because("StartupChecks validates the beans that implement it, and only those")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.subnetstorage.auth.bootstrap"));
    }

    /** Starts a context with {@code env} given as the environment would give it, on top of nothing configured. */
    static ApplicationContext start(Map<String, String> env) throws IOException {
        Map<String, String> byVariable = new HashMap<>();
        SettingVariables.byProperty().forEach((property, variable) -> byVariable.put(variable, property));
        Map<String, Object> properties = new HashMap<>(TestSettings.cleared());
        properties.put("ssa.data-dir", Files.createTempDirectory("ssa-config").toString());
        env.forEach((variable, value) -> properties.put(byVariable.get(variable), value));
        return ApplicationContext.run(properties);
    }

    static String configurationMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
