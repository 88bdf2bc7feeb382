package io.subnetstorage.auth.bootstrap.support;

import io.subnetstorage.auth.hippius.FakeHippius;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Hippius stand-in ({@code ../shared/tools/fake-hippius}) as the service's end-to-end tests use it: the
 * Hippius adapter's own {@link FakeHippius} (a free port, its own data, a 1 s auth cache, the gateway's exact check
 * of streaming-signed bodies), with the settings that make the service use it.
 */
public final class FakeHippiusServer implements AutoCloseable {

    public static final String KEY = FakeHippius.KEY;
    public static final String SECRET = FakeHippius.SECRET;
    /** The bucket {@link #start()} makes. */
    public static final String BUCKET = "e2e-hippius";

    private final FakeHippius server;
    private final String bucket;

    private FakeHippiusServer(FakeHippius server, String bucket) {
        this.server = server;
        this.bucket = bucket;
    }

    /** Starts a server with {@link #BUCKET} created for the service's account. */
    public static FakeHippiusServer start() {
        return start(BUCKET);
    }

    /** Starts a server with {@code bucket} created for the service's account. */
    public static FakeHippiusServer start(String bucket) {
        return new FakeHippiusServer(FakeHippius.start(bucket), bucket);
    }

    public URI endpoint() {
        return server.endpoint();
    }

    /** Replaces the stand-in's fault file: every line a mode of its README ("no-credit", "slowdown-fresh-reads", ...). */
    public void faults(String... lines) {
        server.faults(lines);
    }

    /** The HIPPIUS_* settings (shared layout) that make the service use this server. */
    public Map<String, String> properties() {
        return Map.of("ssa.hippius.access-key-id", KEY, "ssa.hippius.secret-access-key", SECRET,
                "ssa.hippius.endpoint", endpoint().toString(), "ssa.hippius.bucket", bucket);
    }

    /** {@link #properties()} with the S3 settings cleared: Hippius as the service's only store. */
    public Map<String, String> onlyStoreProperties() {
        Map<String, String> properties = new HashMap<>(properties());
        List.of("endpoint", "bucket", "region", "access-key-id", "secret-access-key").forEach(name -> properties.put("ssa.s3." + name, ""));
        return properties;
    }

    @Override
    public void close() {
        server.close();
    }
}
