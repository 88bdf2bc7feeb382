package io.subnetstorage.auth.bootstrap.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The polkadot-js reference tools ({@code ../shared/tools/substrate-js}) installed once per test JVM: the folder
 * is copied to a temporary one and {@code npm ci} runs there ({@code ../shared} is read-only in CI). Scripts of
 * this module's test resources ({@code attribution/}) are copied beside them. Where npm is absent the test is
 * skipped with that reason; an install that fails is a failure.
 */
public final class SubstrateJs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SubstrateJs installed;

    private final Path folder;

    private SubstrateJs(Path folder) {
        this.folder = folder;
    }

    public static synchronized SubstrateJs installed() throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("npm") && onPath("node"), "npm and node are needed to check receipts with polkadot-js; not found on PATH");
        if (installed == null) {
            Path source = ReactorRoot.path().resolve("../shared/tools/substrate-js").normalize();
            Path folder = Files.createTempDirectory("substrate-js");
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, folder.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            run(folder, 600, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
            installed = new SubstrateJs(folder);
        }
        return installed;
    }

    /** Runs a script of {@code src/test/resources/attribution/} with {@code stdin}; its stdout is one JSON object. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> run(String script, String stdin) throws IOException, InterruptedException {
        Path target = folder.resolve(script);
        try (InputStream resource = SubstrateJs.class.getResourceAsStream("/attribution/" + script)) {
            Files.copy(resource, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Process process = new ProcessBuilder("node", script).directory(folder.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(script + " failed: " + out);
        }
        return JSON.readValue(out, Map.class);
    }

    private static void run(Path folder, int seconds, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed in " + folder + ": " + output);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
