package io.subnetstorage.auth.application.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A Node stand-in of {@code ../shared/tools} (e.g. {@code fake-hf-hub/fakehf.js}) on a free loopback port, with a
 * temporary folder of its own for its data and control files; {@link #close()} stops it and deletes the folder.
 * Only Node is needed, no npm install. The tool writes its port to {@code --port-file} once it listens.
 */
public final class NodeStandIn implements AutoCloseable {

    private final Path folder;
    private final Process process;
    private final URI endpoint;

    private NodeStandIn(Path folder, Process process, URI endpoint) {
        this.folder = folder;
        this.process = process;
        this.endpoint = endpoint;
    }

    /**
     * Starts {@code tool} (a path under {@code shared/tools}) with {@code --port 0 --port-file ... --ttl 600} and
     * the arguments {@code arguments} makes of the temporary folder.
     */
    public static NodeStandIn start(String tool, Function<Path, List<String>> arguments) {
        try {
            Path folder = Files.createTempDirectory("node-stand-in-");
            Path portFile = folder.resolve("port");
            List<String> command = new ArrayList<>(List.of("node", script(tool).toString(), "--port", "0",
                    "--port-file", portFile.toString(), "--ttl", "600"));
            command.addAll(arguments.apply(folder));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("output.log").toFile()).start();
            Instant deadline = Instant.now().plus(Eventually.DEADLINE);
            while (!Files.exists(portFile) || Files.readString(portFile).isBlank()) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(tool + " did not start: " + Files.readString(folder.resolve("output.log")));
                }
                Thread.sleep(20);
            }
            return new NodeStandIn(folder, process, URI.create("http://127.0.0.1:" + Files.readString(portFile).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + tool + ": is Node (20+) installed?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The stand-in's temporary folder, where its control files (a fault file...) live. */
    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The tool beside the checkout ({@code ../shared} of the repository root). */
    private static Path script(String tool) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/tools").resolve(tool);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/tools/" + tool + " not found above " + Path.of("").toAbsolutePath());
    }
}
