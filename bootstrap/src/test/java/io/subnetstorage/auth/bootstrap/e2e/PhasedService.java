package io.subnetstorage.auth.bootstrap.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.bootstrap.embedded.EmbeddedStore;
import io.subnetstorage.auth.bootstrap.embedded.LocalCredentials;
import io.subnetstorage.auth.bootstrap.support.FakeHippiusServer;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import io.subnetstorage.auth.bootstrap.support.TestDatabase;
import io.subnetstorage.auth.bootstrap.support.TestSettings;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import io.subnetstorage.auth.s3.S3ObjectStores;
import io.subnetstorage.auth.s3.S3StoreSettings;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One deployment taken through the migration phases (SPEC §7): an s3proxy of its own as the real S3 store (so the
 * embedded store stands down), a fakehippius, one PostgreSQL database and one Redis key space, all outliving the
 * service. {@link #restart} stops the running instance and starts a new one with the phase's variables, as an
 * operator's redeploy does.
 */
final class PhasedService implements AutoCloseable {

    static final String S3_BUCKET = "phases-s3";
    static final String HIPPIUS_BUCKET = "phases-hippius";
    static final String REGION = "us-east-1";
    private static final LocalCredentials S3_KEYS = new LocalCredentials("phases-access", "phases-secret-key-0123456789");
    private static final List<String> STORE_VARIABLES = List.of("upload-store", "upload-store-next", "rollout-percent",
            "read-store", "mirror-stores");

    private final EmbeddedStore s3;
    private final FakeHippiusServer hippius;
    private final TestDatabase database;
    private final String redisPrefix = TestSettings.uniqueRedisKeyPrefix();
    private final ObjectIo s3Io;
    private final ObjectIo hippiusIo;
    private EmbeddedServer running;

    PhasedService() throws Exception {
        s3 = EmbeddedStore.start(Files.createTempDirectory("ssa-phases-s3"), 0, S3_BUCKET, S3_KEYS);
        hippius = FakeHippiusServer.start(HIPPIUS_BUCKET);
        database = TestDatabase.create();
        s3Io = S3ObjectStores.create(new S3StoreSettings(Optional.of(s3.endpoint()), Optional.empty(), REGION, S3_BUCKET,
                S3_KEYS.accessKeyId(), S3_KEYS.secretAccessKey(), true)).objectIo().orElseThrow();
        // Read Hippius as any S3 client would (its keys, path style, its region): the test's own eyes, not the service's.
        hippiusIo = S3ObjectStores.create(new S3StoreSettings(Optional.of(hippius.endpoint()), Optional.empty(), "decentralized",
                HIPPIUS_BUCKET, FakeHippiusServer.KEY, FakeHippiusServer.SECRET, true)).objectIo().orElseThrow();
    }

    /** SPEC §7's variables by their names; an absent one is unset. Hippius is configured unless {@code hippius} is false. */
    record Phase(String name, boolean s3, boolean hippius, Map<String, String> variables) {

        static Phase of(String name, String... pairs) {
            Map<String, String> variables = new HashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                variables.put(pairs[i], pairs[i + 1]);
            }
            return new Phase(name, true, true, variables);
        }
    }

    /** Stops the running instance, if any, and starts one in {@code phase} on the same database, Redis and stores. */
    void restart(Phase phase) {
        stop();
        running = ApplicationContext.run(EmbeddedServer.class, properties(phase));
    }

    private Map<String, Object> properties(Phase phase) {
        Map<String, Object> properties = new HashMap<>(ServiceTest.testBackends(database));
        properties.put("ssa.dev-mode", "true");
        properties.put("ssa.s3.endpoint", phase.s3() ? s3.endpoint().toString() : "");
        properties.put("ssa.s3.bucket", phase.s3() ? S3_BUCKET : "");
        properties.put("ssa.s3.region", phase.s3() ? REGION : "");
        properties.put("ssa.s3.access-key-id", phase.s3() ? S3_KEYS.accessKeyId() : "");
        properties.put("ssa.s3.secret-access-key", phase.s3() ? S3_KEYS.secretAccessKey() : "");
        if (phase.hippius()) {
            properties.putAll(hippius.properties());
        }
        String redis = System.getenv("REDIS_URL");
        properties.put("ssa.redis-url", redis == null || redis.isBlank() ? "redis://127.0.0.1:6379" : redis);
        properties.put("ssa.redis-key-prefix", redisPrefix);
        properties.put("ssa.mirror.scan-interval", "1s");
        STORE_VARIABLES.forEach(name -> properties.put("ssa.stores." + name, ""));
        phase.variables().forEach((variable, value) -> properties.put("ssa.stores." + property(variable), value));
        return properties;
    }

    private static String property(String variable) {
        return switch (variable) {
            case "UPLOAD_STORE" -> "upload-store";
            case "UPLOAD_STORE_NEXT" -> "upload-store-next";
            case "UPLOAD_ROLLOUT_PERCENT" -> "rollout-percent";
            case "READ_STORE" -> "read-store";
            case "MIRROR_STORES" -> "mirror-stores";
            default -> throw new IllegalArgumentException("not a phase variable: " + variable);
        };
    }

    Wire wire() {
        return new Wire(running.getURI());
    }

    URI uri() {
        return running.getURI();
    }

    /** {@code /healthcheck}'s {@code stores}. */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> stores() {
        return (Map<String, Map<String, Object>>) (Map<?, ?>) wire().get("/healthcheck").map("stores");
    }

    /** The store a presigned URL points at, by its port: {@code s3}, {@code hippius} or the URL itself. */
    String storeOf(String url) {
        int port = URI.create(url).getPort();
        if (port == s3.endpoint().getPort()) {
            return "s3";
        }
        return port == hippius.endpoint().getPort() ? "hippius" : url;
    }

    /**
     * Puts an object on Hippius behind the service's back, through the running instance's Hippius adapter (fakehippius
     * checks streaming-signed bodies as the gateway does, which a plain S3 client's upload does not pass).
     */
    void putOnHippius(ObjectKey key, byte[] bytes) {
        running.getApplicationContext().getBean(StoreRegistry.class).get(StoreKind.HIPPIUS).objectIo().orElseThrow()
                .put(new BucketName(HIPPIUS_BUCKET), key, ObjectContent.of(bytes, Map.of()));
    }

    boolean onS3(ObjectKey key) {
        return s3Io.head(new BucketName(S3_BUCKET), key).isPresent();
    }

    boolean onHippius(ObjectKey key) {
        return hippiusIo.head(new BucketName(HIPPIUS_BUCKET), key).isPresent();
    }

    private void stop() {
        if (running != null) {
            running.getApplicationContext().close();
            running = null;
        }
    }

    @Override
    public void close() throws Exception {
        try (EmbeddedStore store = s3; FakeHippiusServer fake = hippius; TestDatabase db = database) {
            stop();
        }
    }
}
