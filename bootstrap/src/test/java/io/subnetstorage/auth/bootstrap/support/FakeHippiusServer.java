package io.subnetstorage.auth.bootstrap.support;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One fakehippius ({@code ../shared/tools/fake-hippius}, Node only) on a free port with its own data folder,
 * a 1 s auth cache and the gateway's exact check of streaming-signed bodies, as the Hippius adapter's tests
 * start it (bootstrap cannot use that module's test classes). {@link #properties()} configures the service
 * with it as a Hippius store. The tool's folder is {@code -Dfakehippius.dir} / {@code FAKE_HIPPIUS_DIR}, else
 * {@code ../shared/tools/fake-hippius} next to the repository root; Node is {@code -Dnode} / {@code NODE}, else
 * {@code node}.
 */
public final class FakeHippiusServer implements AutoCloseable {

    public static final String KEY = "hip_e2e_master";
    public static final String SECRET = "e2e-secret-0123456789";
    /** The bucket {@link #start()} makes. */
    public static final String BUCKET = "e2e-hippius";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Path folder;
    private final Process process;
    private final URI endpoint;
    private final String bucket;

    private FakeHippiusServer(Path folder, Process process, URI endpoint, String bucket) {
        this.folder = folder;
        this.process = process;
        this.endpoint = endpoint;
        this.bucket = bucket;
    }

    /** Starts a server with {@link #BUCKET} created for the service's account. */
    public static FakeHippiusServer start() {
        return start(BUCKET);
    }

    /** Starts a server with {@code bucket} created for the service's account. */
    public static FakeHippiusServer start(String bucket) {
        String node = setting("node", "NODE").orElse("node");
        try {
            Path folder = Files.createTempDirectory("fakehippius-e2e");
            List<String> command = List.of(node, script().toString(), "--port", "0", "--port-file", folder.resolve("port").toString(),
                    "--ttl", "900", "--data", folder.resolve("data").toString(), "--auth-cache-seconds", "1", "--quiet",
                    "--gateway-streaming-seed", "--key", KEY + ":" + SECRET, "--bucket", bucket);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("output.log").toFile()).start();
            return new FakeHippiusServer(folder, process, awaitPort(folder, process), bucket);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start fakehippius with " + node + ": is Node (20+) installed?", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The HIPPIUS_* settings (shared layout) that make the service use this server. */
    public Map<String, String> properties() {
        return Map.of("ssa.hippius.access-key-id", KEY, "ssa.hippius.secret-access-key", SECRET,
                "ssa.hippius.endpoint", endpoint.toString(), "ssa.hippius.bucket", bucket);
    }

    /** {@link #properties()} with the S3 settings cleared: Hippius as the service's only store. */
    public Map<String, String> onlyStoreProperties() {
        Map<String, String> properties = new java.util.HashMap<>(properties());
        List.of("endpoint", "bucket", "region", "access-key-id", "secret-access-key").forEach(name -> properties.put("ssa.s3." + name, ""));
        return properties;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }

    private static Path script() {
        Path dir = setting("fakehippius.dir", "FAKE_HIPPIUS_DIR").map(Path::of)
                .orElseGet(() -> ReactorRoot.path().resolve("../shared/tools/fake-hippius").normalize());
        if (!Files.isRegularFile(dir.resolve("fakehippius.js"))) {
            throw new IllegalStateException("fakehippius.js not found in " + dir.toAbsolutePath()
                    + ": check out ../shared/tools/fake-hippius next to the repository, or set -Dfakehippius.dir or FAKE_HIPPIUS_DIR");
        }
        return dir.resolve("fakehippius.js");
    }

    private static URI awaitPort(Path folder, Process process) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Path portFile = folder.resolve("port");
        while (System.nanoTime() < deadline) {
            if (Files.exists(portFile) && !Files.readString(portFile).isBlank()) {
                return URI.create("http://127.0.0.1:" + Files.readString(portFile).trim());
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("fakehippius exited with " + process.exitValue() + ": "
                        + Files.readString(folder.resolve("output.log"), StandardCharsets.UTF_8));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroy();
        throw new IllegalStateException("fakehippius did not listen within " + START_TIMEOUT);
    }

    private static Optional<String> setting(String property, String variable) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(variable)))
                .filter(value -> !value.isBlank());
    }
}
