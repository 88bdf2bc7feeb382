package io.subnetstorage.auth.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.subnetstorage.auth.application.testing.NodeStandIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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
    private NodeStandIn standIn;
    private URI endpoint;
    private Path faultFile;

    /** A fake Hub started with these options besides the usual ones (e.g. {@code --page-size 100}). */
    FakeHfHub(String... extraArgs) {
        this.extraArgs = List.of(extraArgs);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        standIn = NodeStandIn.start("fake-hf-hub/fakehf.js", folder -> {
            List<String> arguments = new ArrayList<>(List.of("--data", folder.resolve("data").toString(), "--fault-file",
                    folder.resolve("fakehf.fault").toString(), "--token", TOKEN, "--read-token", READ_TOKEN, "--quiet"));
            arguments.addAll(extraArgs);
            return arguments;
        });
        faultFile = standIn.folder().resolve("fakehf.fault");
        Files.writeString(faultFile, "ok\n");
        endpoint = standIn.endpoint();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        standIn.close();
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
        return find(repo, path).orElseThrow(() -> new IllegalStateException("no " + path + " in " + repo));
    }

    /** A file's bytes, or empty when the repo holds no such file (or no such repo exists). */
    Optional<byte[]> find(HfRepoId repo, String path) {
        HttpResponse<byte[]> response = send(authorized("/datasets/" + repo + "/resolve/main/" + path).build());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("download of " + path + ": HTTP " + response.statusCode());
        }
        return Optional.of(response.body());
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
