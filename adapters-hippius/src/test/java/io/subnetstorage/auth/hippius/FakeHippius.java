package io.subnetstorage.auth.hippius;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One fakehippius server ({@code ../shared/tools/fake-hippius}, Node only) on a free port with its own data,
 * fault and revocation files, and a 1 s auth cache. Keys: {@link #KEY} of the service's account and
 * {@link #OTHER_KEY} of another account (for buckets the service must not use). Started in the gateway's exact
 * mode for streaming-signed bodies. Where the tool and Node are: {@link FakeHippiusTool}. Public, and in this
 * module's test-jar, for the service's end-to-end tests on a Hippius store.
 */
public final class FakeHippius implements AutoCloseable {

    public static final String KEY = "hip_kit_master";
    public static final String SECRET = "kit-secret-0123456789";
    static final String OTHER_KEY = "hip_kit_other";
    static final String OTHER_SECRET = "other-secret-0123456789";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern REQUEST = Pattern.compile("\\{[^{}]*\\}");

    private final Path folder;
    private final Process process;
    private final URI endpoint;

    /** What {@code /_fake/requests} says about one S3 request. */
    record Request(String method, String path, String operation, int status) {
    }

    private FakeHippius(Path folder, Process process, URI endpoint) {
        this.folder = folder;
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts a server; {@code buckets} are created at start, as {@code NAME} (the service's) or {@code NAME@ACCOUNT}. */
    public static FakeHippius start(String... buckets) {
        Path tool = FakeHippiusTool.script();
        try {
            Path folder = Files.createTempDirectory("fakehippius");
            List<String> command = new ArrayList<>(List.of(FakeHippiusTool.node(), tool.toString(), "--port", "0",
                    "--port-file", folder.resolve("port").toString(), "--ttl", "600", "--data", folder.resolve("data").toString(),
                    "--auth-cache-seconds", "1", "--fault-file", folder.resolve("faults").toString(),
                    "--revocation-file", folder.resolve("revocations").toString(), "--quiet",
                    // The gateway's own check of streaming-signed bodies, not the lenient default.
                    "--gateway-streaming-seed",
                    "--key", KEY + ":" + SECRET, "--key", OTHER_KEY + ":" + OTHER_SECRET + "@otheraccount"));
            for (String bucket : buckets) {
                command.addAll(List.of("--bucket", bucket));
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("output.log").toFile()).start();
            return new FakeHippius(folder, process, awaitPort(folder, process));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start fakehippius with " + FakeHippiusTool.node() + ": is Node (20+) installed?", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Replaces the fault file: every line a mode of the tool's README ("no-credit", "busy times=2", ...). */
    public void faults(String... lines) {
        write("faults", lines);
    }

    /** Replaces the revocation file: {@code hip_KEY} revokes, {@code hip_KEY:NEWSECRET} rotates. */
    void revocations(String... lines) {
        write("revocations", lines);
    }

    /** Forgets the request log and statistics, so a test counts only its own requests. */
    void clearRequests() {
        send(HttpRequest.newBuilder(endpoint.resolve("/_fake/reset?only=stats")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    List<Request> requests() {
        String json = send(HttpRequest.newBuilder(endpoint.resolve("/_fake/requests")).GET());
        List<Request> requests = new ArrayList<>();
        Matcher entry = REQUEST.matcher(json);
        while (entry.find()) {
            String text = entry.group();
            requests.add(new Request(field(text, "method"), field(text, "path"), field(text, "operation"),
                    Integer.parseInt(field(text, "status"))));
        }
        return requests;
    }

    long count(String operation) {
        return requests().stream().filter(r -> r.operation().equals(operation)).count();
    }

    @Override
    public void close() {
        try {
            send(HttpRequest.newBuilder(endpoint.resolve("/_fake/shutdown")).POST(HttpRequest.BodyPublishers.noBody()));
        } catch (RuntimeException alreadyGone) {
            // Stopping is what we want either way.
        }
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

    private void write(String file, String... lines) {
        try {
            Files.writeString(folder.resolve(file), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\\s*(\"([^\"]*)\"|(\\d+))").matcher(json);
        return value.find() ? (value.group(2) != null ? value.group(2) : value.group(3)) : "";
    }

    private static String send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
}
