package io.subnetstorage.auth.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service started through the package's own launcher, with the embedded defaults an unconfigured
 * install gets: only DATA_DIR and the ports are set, everything the test run exported (DATABASE_URL,
 * REDIS_URL...) is left out, as a fresh install's env file leaves it out.
 */
final class PackagedService implements AutoCloseable {

    /** Generous: the first start initialises an embedded PostgreSQL cluster on a shared 2-core machine. */
    private static final Duration START_DEADLINE = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final URI base;
    private final Path log;

    private PackagedService(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    static PackagedService start(Path launcher, Path dataDir) {
        try {
            int port = freePort();
            Path log = Files.createTempFile("packaged-service", ".log");
            ProcessBuilder builder = new ProcessBuilder(launcher.toString()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).directory(dataDir.toFile());
            Map<String, String> env = builder.environment();
            env.clear();
            env.putAll(Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin", "HOME", dataDir.toString(), "DATA_DIR", dataDir.toString(),
                    "PORT", Integer.toString(port), "EMBEDDED_S3_PORT", Integer.toString(freePort())));
            PackagedService service = new PackagedService(builder.start(), URI.create("http://127.0.0.1:" + port + "/"), log);
            service.awaitAnswer("healthz");
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI base() {
        return base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void awaitAnswer(String path) {
        Instant deadline = Instant.now().plus(START_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the packaged service exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                get(path);
                return;
            } catch (IOException notYet) {
                sleep(Duration.ofMillis(500));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new AssertionError("the packaged service did not answer within " + START_DEADLINE + ":\n" + log());
    }

    /** SIGTERM, as systemd stops it; its embedded PostgreSQL is stopped by the service, or here if left behind. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
