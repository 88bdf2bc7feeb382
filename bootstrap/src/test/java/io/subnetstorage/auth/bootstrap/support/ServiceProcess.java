package io.subnetstorage.auth.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real service in a child JVM ({@code java -cp <this test classpath> ...Application}), as an operator runs it:
 * configured only through environment variables, output captured to a file, stopped with SIGTERM or SIGKILL. Every
 * variable application.yml reads is removed from the inherited environment first (scripts/test.sh exports
 * REDIS_URL and DATABASE_URL), so a child runs on embedded defaults unless the test says otherwise.
 * <pre>{@code
 * try (ServiceProcess service = ServiceProcess.start(dataDir, Map.of("PORT", "0"))) {
 *     URI base = service.awaitListening();     // from the start-up line: the address really bound
 *     service.terminate();                     // SIGTERM, then waits for the exit
 * }
 * }</pre>
 */
public final class ServiceProcess implements AutoCloseable {

    public static final Duration START_DEADLINE = Duration.ofMinutes(3);
    /** Up to a space or, in a LOG_FORMAT=json line, the escape of the newline that follows. */
    private static final Pattern LISTENING = Pattern.compile("listening on (http://[^\\s\\\\\"]+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;
    private final Path dataDir;

    private ServiceProcess(Process process, Path log, Path dataDir) {
        this.process = process;
        this.log = log;
        this.dataDir = dataDir;
    }

    /** Starts with DATA_DIR={@code dataDir}, EMBEDDED_S3_PORT=0, PORT=0 and {@code env} on top. */
    public static ServiceProcess start(Path dataDir, Map<String, String> env) {
        try {
            Path log = Files.createTempFile("ssa-service", ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"),
                    "io.subnetstorage.auth.bootstrap.Application"));
            Map<String, String> environment = builder.environment();
            environment.keySet().removeAll(SettingVariables.byProperty().values());
            Map<String, String> settings = new HashMap<>(Map.of("DATA_DIR", dataDir.toString(), "EMBEDDED_S3_PORT", "0",
                    "PORT", "0"));
            settings.putAll(env);
            environment.putAll(settings);
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            return new ServiceProcess(builder.start(), log, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the start-up line and returns the address it names; fails with the output if the process exits. */
    public URI awaitListening() {
        long deadline = System.nanoTime() + START_DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(output());
            if (listening.find()) {
                return URI.create(listening.group(1));
            }
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + " before listening:\n" + output());
            }
            pause();
        }
        throw new AssertionError("no start-up line within " + START_DEADLINE + ":\n" + output());
    }

    /** Waits for the process to end by itself (a failed start) and returns its exit status. */
    public int awaitExit() {
        try {
            if (!process.waitFor(START_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("still running after " + START_DEADLINE + ":\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM, as systemd and Kubernetes stop a service, then waits for the exit and returns its status. */
    public int terminate() {
        process.destroy();
        return awaitExit();
    }

    /** SIGKILL: no shutdown hook runs, so nothing the JVM started is stopped by it. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    public long pid() {
        return process.pid();
    }

    /** Everything the process printed so far. */
    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GET {@code path}; empty when the service does not answer. */
    public static Optional<HttpResponse<String>> get(URI base, String path) {
        try {
            return Optional.of(HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Kills the process if a test left it running, and then the PostgreSQL that this kill left on DATA_DIR. A process
     * already ended is left as it is: a test may have killed it on purpose, to look at what it left behind.
     */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitExit();
            Postmasters.killLeftover(dataDir.resolve("postgres"));
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temporary file; the assertions have quoted what mattered
        }
    }

    /** A tenth of a second between two looks at a condition; an interrupt ends the test. */
    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
