package io.subnetstorage.auth.bootstrap.support;

import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.TestInstance;

/**
 * Base class for {@code @MicronautTest} classes that run the whole service against test backends: the
 * shared {@link TestStore} s3proxy, a fresh {@link TestDatabase}, in-process quotas and replay keys,
 * and the development metagraph (or {@link #metagraphFile()}). Every SPEC §6 setting is set here, so
 * variables exported in the shell (REDIS_URL, S3_BUCKET...) cannot leak into a test.
 * Override {@link #extraProperties()} to change any of them, e.g. {@code ssa.limits.per-miner}.
 * <pre>{@code
 * @MicronautTest
 * class UploadTest extends ServiceTest {
 *     @Inject EmbeddedServer server;          // server.getURI(): the service's base URL
 *     // TestStore.endpoint(), TestStore.CREDENTIALS, TestStore.BUCKET: the store, to inspect uploads
 *     // database().connect(): this class's database, to inspect the ledger
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceTest implements TestPropertyProvider {

    /** The service's receipt key in tests: public, like every dev key. */
    public static final String ATTRIBUTION_KEY = "//SubnetStorageAttribution";

    private TestDatabase database;

    /** A metagraph file to use instead of the packaged development one. */
    protected Optional<Path> metagraphFile() {
        return Optional.empty();
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    @Override
    public Map<String, String> getProperties() {
        database = TestDatabase.create();
        dropAtExit(database);
        Map<String, String> properties = new HashMap<>(testBackends(database));
        metagraphFile().ifPresentOrElse(
                file -> properties.put("ssa.chain.metagraph-file", file.toString()),
                // The test backends are "real" to the safety rule; development mode lets the dev keys in.
                () -> properties.put("ssa.dev-mode", "true"));
        properties.putAll(extraProperties());
        return properties;
    }

    /**
     * Every SPEC §6 setting cleared, then the shared {@link TestStore} as the S3 store, {@code database} and a fresh
     * data folder: what a service instance a test starts by hand (a second instance, say) needs.
     */
    public static Map<String, String> testBackends(TestDatabase database) {
        Map<String, String> properties = new HashMap<>(TestSettings.cleared());
        properties.put("ssa.s3.endpoint", TestStore.endpoint().toString());
        properties.put("ssa.s3.bucket", TestStore.BUCKET);
        properties.put("ssa.s3.region", TestStore.REGION);
        properties.put("ssa.s3.access-key-id", TestStore.CREDENTIALS.accessKeyId());
        properties.put("ssa.s3.secret-access-key", TestStore.CREDENTIALS.secretAccessKey());
        properties.put("ssa.database-url", database.databaseUrl());
        // A real database needs the receipt key given (SPEC §9); a dev-phrase key of its own, never a miner's.
        properties.put("ssa.attribution.key", ATTRIBUTION_KEY);
        properties.put("ssa.data-dir", tempDir().toString());
        return properties;
    }

    protected TestDatabase database() {
        return database;
    }

    /**
     * Dropped when the JVM exits, not in {@code @AfterAll}: that runs before the Micronaut extension
     * closes the context, and the audit trail's final flush would then wait for a vanished database.
     */
    private static void dropAtExit(TestDatabase database) {
        Runtime.getRuntime().addShutdownHook(new Thread(database::close));
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("ssa-test-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
