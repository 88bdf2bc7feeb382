package io.subnetstorage.auth.bootstrap.support;

import io.subnetstorage.auth.bootstrap.embedded.EmbeddedStore;
import io.subnetstorage.auth.bootstrap.embedded.LocalCredentials;
import java.net.URI;
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
}
