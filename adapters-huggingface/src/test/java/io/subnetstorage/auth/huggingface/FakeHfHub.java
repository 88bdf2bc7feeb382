package io.subnetstorage.auth.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code shared/tools/fake-hf-hub/fakehf.js} run with {@code node} on a free port for one test class
 * ({@code @RegisterExtension static}), its data and fault file in a temporary folder, and the calls a test
 * needs to look behind the client's back: the request log, the commit count, repo info and downloads
 * through {@code /resolve}.
 */
final class FakeHfHub implements BeforeAllCallback, AfterAllCallback {

    static final String TOKEN = "hf_test_writer";
    static final String READ_TOKEN = "hf_test_reader";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> extraArgs;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private Path dir;
    private Process process;
    private URI endpoint;
    private Path faultFile;

    /** A fake Hub started with these options besides the usual ones (e.g. {@code --page-size 100}). */
    FakeHfHub(String... extraArgs) {
        this.extraArgs = List.of(extraArgs);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException, InterruptedException {
        dir = Files.createTempDirectory("fakehf-");
        Path portFile = dir.resolve("fakehf.port");
        faultFile = dir.resolve("fakehf.fault");
        Files.writeString(faultFile, "ok\n");
        List<String> command = new ArrayList<>(List.of("node", script().toString(), "--port", "0", "--port-file",
                portFile.toString(), "--ttl", "600", "--data", dir.resolve("data").toString(), "--fault-file",
                faultFile.toString(), "--token", TOKEN, "--read-token", READ_TOKEN,
                "--quiet"));
        command.addAll(extraArgs);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("fakehf.log").toFile()).start();
        Instant deadline = Instant.now().plusSeconds(30);
        while (!Files.exists(portFile) || Files.readString(portFile).isBlank()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("fakehf did not start: " + Files.readString(dir.resolve("fakehf.log")));
            }
            Thread.sleep(20);
        }
        endpoint = URI.create("http://127.0.0.1:" + Files.readString(portFile).trim());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The tool beside the checkout ({@code ../shared} of the repository root). */
    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/tools/fake-hf-hub/fakehf.js");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/tools/fake-hf-hub/fakehf.js not found above "
                + Path.of("").toAbsolutePath());
    }

    URI endpoint() {
        return endpoint;
    }

    HfSettings settings(String namespace, int filesPerCommit, int commitsPerHour) {
        return new HfSettings(TOKEN, endpoint, namespace, HfRepoLayout.SINGLE, "sn46", "unused", true,
                filesPerCommit, commitsPerHour);
    }

    /** Writes the fault file's one line (e.g. {@code 429 1 times=1 match=/commit/}); {@code ok} clears it. */
    void fault(String line) {
        try {
            Files.writeString(faultFile, line + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client's requests since the last {@link #clearRequests()}, oldest first (control calls left out). */
    List<JsonNode> requests() {
        List<JsonNode> out = new ArrayList<>();
        get("/__fakehf/requests", false).forEach(r -> {
            if (!r.path("path").asText().startsWith("/__fakehf/")) {
                out.add(r);
            }
        });
        return out;
    }

    long count(String method, String pathPart) {
        return count(r -> r.path("method").asText().equals(method) && r.path("path").asText().contains(pathPart));
    }

    long count(Predicate<JsonNode> which) {
        return requests().stream().filter(which).count();
    }

    void clearRequests() {
        send(HttpRequest.newBuilder(endpoint.resolve("/__fakehf/requests")).DELETE().build());
    }

    JsonNode repoInfo(HfRepoId repo) {
        return get("/api/datasets/" + repo, true);
    }

    /** Commits on main, the initial one included. */
    int commitCount(HfRepoId repo) {
        HttpResponse<byte[]> response = send(authorized("/api/datasets/" + repo + "/commits/main").build());
        return Integer.parseInt(response.headers().firstValue("X-Total-Count").orElseThrow());
    }

    /** A file's bytes through {@code /resolve} (an LFS file answers with a redirect to its storage). */
    byte[] download(HfRepoId repo, String path) {
        HttpResponse<byte[]> response = send(authorized("/datasets/" + repo + "/resolve/main/" + path).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("download of " + path + ": HTTP " + response.statusCode());
        }
        return response.body();
    }

    private JsonNode get(String path, boolean withToken) {
        HttpRequest.Builder request = withToken ? authorized(path) : HttpRequest.newBuilder(endpoint.resolve(path));
        HttpResponse<byte[]> response = send(request.build());
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(new String(response.body(), StandardCharsets.UTF_8), e);
        }
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(endpoint.resolve(path)).header("Authorization", "Bearer " + TOKEN);
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
