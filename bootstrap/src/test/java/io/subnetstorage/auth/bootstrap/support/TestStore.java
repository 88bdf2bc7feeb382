package io.subnetstorage.auth.bootstrap.support;

import io.subnetstorage.auth.bootstrap.embedded.EmbeddedStore;
import io.subnetstorage.auth.bootstrap.embedded.LocalCredentials;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.s3.S3ObjectStores;
import io.subnetstorage.auth.s3.S3StoreSettings;
import java.net.URI;
import java.util.Optional;
import java.nio.file.Files;

/**
 * One s3proxy for the whole test JVM, on a free port of 127.0.0.1, with bucket {@link #BUCKET}. It
 * enforces SigV4 and POST policies, so tests can upload with the forms the service hands out.
 */
public final class TestStore {

    public static final String BUCKET = "e2e-bucket";
    public static final String REGION = "us-east-1";
    public static final LocalCredentials CREDENTIALS = new LocalCredentials("e2e-access", "e2e-secret-key-0123456789");

    private static EmbeddedStore shared;
    private static ObjectStore client;

    private TestStore() {
    }

    /** Started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedStore get() {
        if (shared == null) {
            try {
                shared = EmbeddedStore.start(Files.createTempDirectory("ssa-test-s3"), 0, BUCKET, CREDENTIALS);
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the test s3proxy", e);
            }
            EmbeddedStore started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }));
        }
        return shared;
    }

    public static URI endpoint() {
        return get().endpoint();
    }

    public static BucketName bucket() {
        return new BucketName(BUCKET);
    }

    /** The store as the service sees it, for tests that put objects in place through its own grants. */
    public static synchronized ObjectStore store() {
        if (client == null) {
            client = S3ObjectStores.create(new S3StoreSettings(Optional.of(endpoint()), Optional.empty(), REGION, BUCKET,
                    CREDENTIALS.accessKeyId(), CREDENTIALS.secretAccessKey(), true));
        }
        return client;
    }
}
