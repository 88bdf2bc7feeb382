package io.subnetstorage.auth.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Hippius stand-in ({@code ../shared/tools/fake-hippius}, Node only), started as adapters-hippius's tests
 * start it: a free port, its own data folder, the gateway's exact check of streaming-signed bodies, and one
 * bucket of the service's account. {@link #properties()} configures the service with Hippius as its only store.
 */
public final class FakeHippiusServer implements AutoCloseable {

    public static final String KEY = "hip_e2e_master";
    public static final String SECRET = "e2e-hippius-secret-0123456789";
    public static final String BUCKET = "e2e-hippius";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Path folder;
    private final Process process;
    private final URI endpoint;

    private FakeHippiusServer(Path folder, Process process, URI endpoint) {
        this.folder = folder;
        this.process = process;
        this.endpoint = endpoint;
    }

    public static FakeHippiusServer start() {
        Path tool = script();
        try {
            Path folder = Files.createTempDirectory("fakehippius-e2e");
            List<String> command = new ArrayList<>(List.of(node(), tool.toString(), "--port", "0", "--port-file",
                    folder.resolve("port").toString(), "--ttl", "900", "--data", folder.resolve("data").toString(), "--quiet",
                    "--gateway-streaming-seed", "--key", KEY + ":" + SECRET, "--bucket", BUCKET));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(folder.resolve("output.log").toFile()).start();
            return new FakeHippiusServer(folder, process, awaitPort(folder, process));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start fakehippius with " + node() + ": is Node (20+) installed?", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Hippius as the only store (shared layout), every S3 setting cleared so no embedded store starts. */
    public Map<String, String> properties() {
        return Map.of("ssa.s3.endpoint", "", "ssa.s3.bucket", "", "ssa.s3.access-key-id", "", "ssa.s3.secret-access-key", "",
                "ssa.hippius.access-key-id", KEY, "ssa.hippius.secret-access-key", SECRET, "ssa.hippius.endpoint", endpoint.toString(),
                "ssa.hippius.bucket", BUCKET);
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

    private static String node() {
        String node = System.getenv("NODE");
        return node == null || node.isBlank() ? "node" : node;
    }

    /** {@code ../shared/tools/fake-hippius} beside the repository root, or FAKE_HIPPIUS_DIR. */
    private static Path script() {
        String configured = System.getenv("FAKE_HIPPIUS_DIR");
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured) : repositoryRoot().resolve("../shared/tools/fake-hippius");
        Path script = dir.resolve("fakehippius.js").normalize();
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("fakehippius.js not found at " + script + ": check out ../shared/tools or set FAKE_HIPPIUS_DIR");
        }
        return script;
    }

    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            try {
                if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.readString(dir.resolve("pom.xml")).contains("<modules>")) {
                    return dir;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no pom.xml with <modules> above " + Path.of("").toAbsolutePath());
    }

    private static URI awaitPort(Path folder, Process process) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Path portFile = folder.resolve("port");
        while (System.nanoTime() < deadline) {
            if (Files.exists(portFile) && !Files.readString(portFile).isBlank()) {
                return URI.create("http://127.0.0.1:" + Files.readString(portFile).trim());
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("fakehippius exited: " + Files.readString(folder.resolve("output.log")));
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
}
